import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { CaseResolver } from './modules/cases/case.resolver.js';
import { NetworkResolver } from './modules/networks/network.resolver.js';
import { SearchResolver } from './modules/search/search.resolver.js';
import { TaxonomyResolver } from './modules/taxonomy/taxonomy.resolver.js';

export const resolvers = [CaseResolver, NetworkResolver, SearchResolver, TaxonomyResolver] as const;

export function buildCasebookSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
