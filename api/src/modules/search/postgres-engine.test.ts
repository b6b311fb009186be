import { createTestDatabase, findTestServer, type PostgresServer, type TestDatabase } from '@casebook/infra';
import { initOrm, migrate } from '../../db/orm.js';
import { createSearchPool, PostgresSearchEngine } from './postgres-engine.js';
import { describeSearchEngineContract } from './search.contract.js';

describeSearchEngineContract('postgres', async () => {
  const server: PostgresServer = await findTestServer();
  const database: TestDatabase = await createTestDatabase(server);
  const orm = await initOrm({ databaseUrl: database.url });
  await migrate(orm);
  await orm.close();
  const pool = createSearchPool(database.url, 4);
  return {
    engine: new PostgresSearchEngine(pool),
    async cleanup() {
      await pool.end();
      await database.drop();
      await server.stop();
    },
  };
});
