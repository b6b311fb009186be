import pg from 'pg';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { createMailer, type Mailer } from '../mail/mailer.js';
import { RateLimits } from './rate-limits.js';

/** What account operations need beyond the database: mail, rate limits and a few settings. */
export interface AccountServices {
  mailer: Mailer;
  limits: RateLimits;
  webUrl: string;
  sessionDays: number;
  close(): Promise<void>;
}

export function createAccountServices(config: Config, logger: Logger, mailer?: Mailer): AccountServices {
  const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 3 });
  // An idle connection closed by the server is discarded by the pool; it must not crash the process.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle database connection closed'));
  return {
    mailer: mailer ?? createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, directory: config.MAIL_DIR, logger }),
    limits: new RateLimits(pool),
    webUrl: config.WEB_URL.replace(/\/$/, ''),
    sessionDays: config.SESSION_DAYS,
    close: () => pool.end(),
  };
}
