import 'reflect-metadata';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildCasebookSchema } from '../schema.js';

/** The committed API surface: `api/schema.graphql`, sorted so diffs are reviewable. */
export async function renderSchema(): Promise<string> {
  const schema = await buildCasebookSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = new URL('../../schema.graphql', import.meta.url);
  await writeFile(target, await renderSchema());
  console.log(`wrote ${fileURLToPath(target)}`);
}
