import type { Request, Response } from 'express';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The schema as SDL, sorted: the same text as the committed `api/schema.graphql` (`npm run emit-schema -w api`). */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** `GET /schema.graphql`: the API's schema, to download. */
export function schemaHandler(schema: GraphQLSchema) {
  const sdl = schemaSdl(schema);
  return (_req: Request, res: Response): void => {
    res
      .status(200)
      .setHeader('content-disposition', 'attachment; filename="casebook.graphql"')
      .setHeader('cache-control', 'public, max-age=300')
      .type('text/plain; charset=utf-8')
      .send(sdl);
  };
}
