import type { EntityManager } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from './loaders.js';
import type { Logger } from './logger.js';
import type { Network } from './modules/networks/network.entity.js';

/** Who is asking. Accounts arrive with the accounts issue; until then every viewer is anonymous. */
export interface Viewer {
  userId: string;
  isPlatformAdmin: boolean;
}

/** Built once per request (and the same way for jobs and scripts): the only thing services receive. */
export interface RequestContext {
  requestId: string;
  em: EntityManager;
  viewer: Viewer | null;
  network: Network | null;
  logger: Logger;
  loaders: Loaders;
}

export function createContext(options: {
  em: EntityManager;
  logger: Logger;
  requestId: string;
  viewer?: Viewer | null;
}): RequestContext {
  const base = {
    requestId: options.requestId,
    em: options.em.fork(),
    viewer: options.viewer ?? null,
    network: null,
    logger: options.logger.child({ requestId: options.requestId }),
  };
  return { ...base, loaders: createLoaders(base) };
}
