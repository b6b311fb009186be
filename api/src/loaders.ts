import DataLoader from 'dataloader';
import type { RequestContext } from './context.js';
import { countPublishedCasesByNetwork } from './modules/networks/network.service.js';

/** Per-request batch loaders, so that list fields cost one query per field, not one per row. */
export function createLoaders(ctx: Omit<RequestContext, 'loaders'>) {
  return {
    publishedCaseCount: new DataLoader<string, number>((ids) => countPublishedCasesByNetwork(ctx as RequestContext, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
