import type { EntityManager } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from './loaders.js';
import type { Logger } from './logger.js';
import type { Network } from './modules/networks/network.entity.js';
import type { SearchRuntime } from './modules/search/search.runtime.js';

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
  search: SearchRuntime;
}

export function createContext(options: {
  em: EntityManager;
  logger: Logger;
  requestId: string;
  search: SearchRuntime;
  viewer?: Viewer | null;
}): RequestContext {
  const base = {
    requestId: options.requestId,
    em: options.em.fork(),
    viewer: options.viewer ?? null,
    network: null,
    logger: options.logger.child({ requestId: options.requestId }),
    search: options.search,
  };
  return { ...base, loaders: createLoaders(base) };
}
