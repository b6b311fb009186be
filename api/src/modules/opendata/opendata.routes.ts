import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import { caseFeedHandler } from './case-feed.js';
import { exportHandler } from './export.route.js';
import type { OpenDataDeps } from './route-support.js';
import { schemaHandler } from './schema.route.js';

/**
 * The open-data addresses (a public contract, see docs/open-data.md): the exports, the cases' Atom feed and
 * the schema. Public and read-only: no session is read.
 */
export function mountOpenDataRoutes(app: Express, deps: OpenDataDeps & { schema: GraphQLSchema }): void {
  app.get('/export/cases.csv', exportHandler('csv', deps));
  app.get('/export/cases.jsonl', exportHandler('jsonl', deps));
  app.get('/feeds/cases.atom', caseFeedHandler(deps));
  app.get('/schema.graphql', schemaHandler(deps.schema));
}
