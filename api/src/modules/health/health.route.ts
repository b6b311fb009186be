import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';

/** GET /health: 200 with the database's state when it answers, 503 when it does not. */
export function healthHandler(orm: MikroORM) {
  return async (_req: Request, res: Response): Promise<void> => {
    const started = performance.now();
    try {
      const [row] = await orm.em.getConnection().execute<{ version: string; cases: number }[]>(
        `select current_setting('server_version') as version,
                (select count(*)::int from case_cards) as cases`,
      );
      const pending = await orm.getMigrator().getPendingMigrations();
      res.status(200).json({
        status: 'ok',
        database: {
          status: 'up',
          version: row?.version,
          latencyMs: Math.round(performance.now() - started),
          pendingMigrations: pending.length,
          cases: row?.cases,
        },
      });
    } catch {
      res.status(503).json({ status: 'unavailable', database: { status: 'down' } });
    }
  };
}
