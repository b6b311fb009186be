import { DefaultLogger, type LoggerNamespace, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../mikro-orm.config.js';

export interface OrmOptions {
  databaseUrl: string;
  /** Called for every SQL statement the ORM sends; tests use it to count queries. */
  onQuery?: (sql: string) => void;
  debugSql?: boolean;
  poolMax?: number;
}

/** Counts queries through MikroORM's logger, printing them only when asked to. */
class QueryObservingLogger extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly onQuery: (sql: string) => void, private readonly print: boolean) {
    super(options);
  }

  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return namespace === 'query' || super.isEnabled(namespace, context);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query') {
      this.onQuery(context?.query ?? message);
      if (!this.print) return;
    } else if (!this.print && context?.level !== 'error' && context?.level !== 'warning') {
      // The migrator logs as if debug were on; keep test and server output quiet.
      return;
    }
    super.log(namespace, message, context);
  }
}

export function initOrm(options: OrmOptions): Promise<MikroORM> {
  const onQuery = options.onQuery ?? (() => undefined);
  return MikroORM.init(
    ormOptions({
      clientUrl: options.databaseUrl,
      pool: { min: 0, max: options.poolMax ?? 10 },
      debug: options.debugSql ? ['query', 'query-params'] : ['query'],
      loggerFactory: (loggerOptions: LoggerOptions) => new QueryObservingLogger(loggerOptions, onQuery, !!options.debugSql),
    }),
  );
}

/** Applies pending migrations; returns the names of those it ran. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
