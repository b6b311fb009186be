import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { createContext, type RequestContext } from '../../context.js';
import type { Logger } from '../../logger.js';
import type { AccountServices } from '../accounts/account.services.js';
import type { SearchRuntime } from '../search/search.runtime.js';
import { FilterRejection } from './export-filters.js';

/** What the open-data routes need from the server. */
export interface OpenDataDeps {
  orm: MikroORM;
  logger: Logger;
  search: SearchRuntime;
  accounts: AccountServices;
}

/**
 * The same context as a GraphQL request's, without a viewer: open data is what anyone may read, so the
 * routes never look at the session cookie.
 */
export function requestContext(deps: OpenDataDeps): RequestContext {
  return createContext({ em: deps.orm.em, logger: deps.logger, requestId: randomUUID(), search: deps.search, accounts: deps.accounts });
}

/** The query string exactly as sent, repeated parameters kept (Express's parser would fold `a[]=` forms). */
export function requestParams(req: Request): URLSearchParams {
  const query = req.originalUrl.indexOf('?');
  return new URLSearchParams(query === -1 ? '' : req.originalUrl.slice(query + 1));
}

/** Answers a refused filter with 400 and its JSON; false for any other error. */
export function answerRejection(error: unknown, res: Response): boolean {
  if (!(error instanceof FilterRejection)) return false;
  res.status(400).type('application/json').send(JSON.stringify(error));
  return true;
}
