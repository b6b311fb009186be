import type { EntityManager } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from './loaders.js';
import type { Logger } from './logger.js';
import type { AccountServices } from './modules/accounts/account.services.js';
import type { NetworkRole } from './modules/memberships/membership.entity.js';
import type { Network } from './modules/networks/network.entity.js';
import type { SearchRuntime } from './modules/search/search.runtime.js';

/** Who is asking: a signed-in user whose session passed every factor. */
export interface Viewer {
  userId: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  /** Per network: the role, and the cities the member represents there (ids). */
  memberships: { networkId: string; networkSlug: string; role: NetworkRole; cityIds: string[] }[];
}

/** The browser session behind a request, also when it still waits for a second factor. */
export interface SessionRef {
  tokenHash: string;
  userId: string;
  stage: string;
}

/** The HTTP side of a request, as services need it; scripts and jobs get a detached one. */
export interface HttpPort {
  address: string;
  userAgent: string;
  setSessionCookie(token: string, expires: Date): void;
  clearSessionCookie(): void;
}

export const DETACHED_HTTP: HttpPort = {
  address: 'local',
  userAgent: 'script',
  setSessionCookie: () => undefined,
  clearSessionCookie: () => undefined,
};

/** Built once per request (and the same way for jobs and scripts): the only thing services receive. */
export interface RequestContext {
  requestId: string;
  em: EntityManager;
  viewer: Viewer | null;
  session: SessionRef | null;
  network: Network | null;
  logger: Logger;
  loaders: Loaders;
  search: SearchRuntime;
  accounts: AccountServices;
  http: HttpPort;
}

export function createContext(options: {
  em: EntityManager;
  logger: Logger;
  requestId: string;
  search: SearchRuntime;
  accounts: AccountServices;
  http?: HttpPort;
  viewer?: Viewer | null;
  session?: SessionRef | null;
}): RequestContext {
  const base = {
    requestId: options.requestId,
    em: options.em.fork(),
    viewer: options.viewer ?? null,
    session: options.session ?? null,
    network: null,
    logger: options.logger.child({ requestId: options.requestId }),
    search: options.search,
    accounts: options.accounts,
    http: options.http ?? DETACHED_HTTP,
  };
  return { ...base, loaders: createLoaders(base) };
}
