import { readdir, readFile } from 'node:fs/promises';
import { startTestApi, type TestApi } from './test/test-api.js';
import { renderSchema } from './scripts/emit-schema.js';
import { migrationsList } from './migrations/index.js';
import { seedDemoDataIfEmpty } from './modules/demo/demo.seed.js';
import { ConfigError, loadConfig } from './config.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe('health', () => {
  it('answers 200 with the database state', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'up', pendingMigrations: 0, cases: 7 } });
  });
});

describe('query limits', () => {
  it('refuses a query deeper than the limit before running it', async () => {
    api.sql.count = 0;
    const deep = `query { cases { edges { node { network { slug } cities { name } } } } ${'__typename '.repeat(1)} }`;
    expect((await api.gql(deep)).errors).toBeUndefined();
    const tooDeep = `query { a: __type(name: "Case") { fields { type { ofType { fields { type { ofType { fields { type { ofType { name } } } } } } } } } } }`;
    const response = await api.gql(tooDeep);
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses an over-long document at parse time with a 400', async () => {
    const response = await api.gql(`query { ${'__typename '.repeat(6000)} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/5000 tokens/);
  });

  it('refuses too many aliases', async () => {
    api.sql.count = 0;
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: cases(first: 1) { totalCount }`).join(' ');
    const response = await api.gql(`query { ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/aliases/i);
    expect(api.sql.count).toBe(0);
  });

  it('refuses a query whose cost is over the limit', async () => {
    const wide = Array.from({ length: 12 }, (_, i) => `a${i}: cases(first: 100) { edges { node { slug title summary challenge approach innovation lessons openGovernment sdgs { number title colour } cities { name country region subregion } network { slug name description } } } }`).join(' ');
    const response = await api.gql(`query { ${wide} }`);
    expect(response.errors?.[0]?.message).toMatch(/cost/i);
  });
});

describe('errors', () => {
  it('answers a syntax error with a client error, not a 500', async () => {
    const response = await api.gql('query { cases( }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('masks unexpected errors as an internal error carrying the request id', async () => {
    // Break the database under the API: the resolver's SQL fails unexpectedly.
    await api.orm.em.getConnection().execute('alter table networks rename to networks_away');
    try {
      const response = await api.gql('query { networks { slug } }');
      const error = response.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.extensions?.requestId).toEqual(expect.any(String));
      expect(error?.message).toContain(error?.extensions?.requestId);
      expect(JSON.stringify(response)).not.toMatch(/networks_away|select|relation/i);
    } finally {
      await api.orm.em.getConnection().execute('alter table networks_away rename to networks');
    }
  });
});

describe('schema and migrations', () => {
  it('has a committed schema.graphql that matches the code (run `npm run emit-schema -w api`)', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await renderSchema());
  });

  it('lists every migration file in migrations/index.ts', async () => {
    const files = (await readdir(new URL('./migrations/', import.meta.url))).filter((file) => /^Migration\d+.*\.ts$/.test(file));
    expect(migrationsList.map((migration) => `${migration.name}.ts`).sort()).toEqual(files.sort());
  });
});

describe('demo data', () => {
  it('is never loaded into a database that has data', async () => {
    expect(await seedDemoDataIfEmpty(api.orm.em, api.search.queue)).toEqual({ seeded: false, reason: expect.stringContaining('7 cases') });
  });
});

describe('configuration', () => {
  it('names every bad value', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', API_PORT: '99999' })).toThrow(ConfigError);
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', API_PORT: '99999' });
    } catch (error) {
      expect((error as Error).message).toMatch(/DATABASE_URL/);
      expect((error as Error).message).toMatch(/API_PORT/);
    }
  });

  it('fills in defaults', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/x' })).toMatchObject({ API_PORT: 4000, LOG_LEVEL: 'info' });
  });
});
