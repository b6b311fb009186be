import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { canConnect, createDatabaseIfMissing, isPortFree, startEmbeddedPostgres, withDatabase } from './index.js';

/** A temporary directory that the `postgres` user can traverse (mkdtemp makes it private). */
async function makeParent(): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), 'casebook-infra-test-'));
  await chmod(parent, 0o755);
  return parent;
}

describe('ports', () => {
  it('tells a taken port from a free one', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    const port = (server.address() as { port: number }).port;
    expect(await isPortFree(port)).toBe(false);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await isPortFree(port)).toBe(true);
  });
});

describe('embedded PostgreSQL', () => {
  it('explains when, as root, the postgres user cannot reach the data directory', async () => {
    if (process.getuid?.() !== 0) {
      console.log('skipped: only root runs PostgreSQL as another user');
      return;
    }
    const parent = await mkdtemp(join(tmpdir(), 'casebook-infra-test-'));
    try {
      await expect(startEmbeddedPostgres({ dataDir: join(parent, 'data', 'pg'), port: 59999 })).rejects.toThrow(/cannot reach .*chmod/);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('starts, keeps its data across a restart, and stops', async () => {
    const parent = await makeParent();
    const port = 56000 + Math.floor(Math.random() * 3000);
    const options = { dataDir: join(parent, 'data', 'pg'), port };
    try {
      const first = await startEmbeddedPostgres(options);
      await createDatabaseIfMissing(first.adminUrl, 'kept');
      const client = new pg.Client(withDatabase(first.adminUrl, 'kept'));
      await client.connect();
      await client.query("create table notes (body text); insert into notes values ('still here')");
      await client.end();
      await first.stop();
      expect(await canConnect(first.adminUrl, 500)).toBe(false);

      const second = await startEmbeddedPostgres(options);
      const again = new pg.Client(withDatabase(second.adminUrl, 'kept'));
      await again.connect();
      const { rows } = await again.query('select body from notes');
      await again.end();
      await second.stop();
      expect(rows).toEqual([{ body: 'still here' }]);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('says why when it cannot start', async () => {
    const blocker = createServer();
    const port = 59500 + Math.floor(Math.random() * 400);
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const parent = await makeParent();
    try {
      await expect(startEmbeddedPostgres({ dataDir: join(parent, 'data', 'pg'), port })).rejects.toThrow(/postgres/i);
    } finally {
      blocker.close();
      await rm(parent, { recursive: true, force: true });
    }
  });
});
