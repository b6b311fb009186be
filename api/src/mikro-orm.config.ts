import 'reflect-metadata';
import { defineConfig, ReflectMetadataProvider, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { fileURLToPath } from 'node:url';
import { entities } from './db/entities.js';
import { migrationsList } from './migrations/index.js';

const here = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
// Compiled runs read dist/migrations; new migrations are written as TypeScript into src/migrations.
const sourceDir = here.replace(/\/dist$/, '/src');

/** Options shared by the server, the CLI, scripts and tests; callers add the connection. */
export function ormOptions(overrides: Options = {}): Options {
  return defineConfig({
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      path: `${here}/migrations`,
      pathTs: `${sourceDir}/migrations`,
      glob: '!(*.d|index).{js,ts}',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: false },
    ...overrides,
  });
}

// The MikroORM CLI (`npm run migration:create -w api`) reads this default export.
export default ormOptions({ clientUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/casebook' });
