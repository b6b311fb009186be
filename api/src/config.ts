import { z } from 'zod';

/**
 * Every environment variable the API reads, typed and checked once at start.
 * `.env.example` at the repository root documents the same list.
 */
const port = z.coerce.number().int().min(1).max(65535);

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  API_PORT: port.default(4000),
  API_HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  DEMO_PASSWORD: z.string().min(8).default('casebook-demo'),
  CORS_ORIGINS: z.string().default('http://localhost:3000'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(100).default(15),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(5000),
  SEARCH_ENGINE: z.enum(['postgres', 'meilisearch']).default('postgres'),
  MEILI_URL: z.url().optional(),
  MEILI_API_KEY: z.string().optional(),
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('cases'),
  /** off: no background indexing worker in this process (scripts, some tests). */
  SEARCH_WORKER: z.enum(['on', 'off']).default('on'),
  /** off: no notification workers (fan-out, email, daily digest) in this process. */
  NOTIFICATION_WORKER: z.enum(['on', 'off']).default('on'),
  /** The hour (UTC, 0–23) at which the daily digest of notifications is emailed. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** Where links in emails point: the web app's public address. */
  WEB_URL: z.url().default('http://localhost:3000'),
  /** smtp:// or smtps:// URL; when unset, emails are written as files under MAIL_DIR. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('Casebook <no-reply@casebook.local>'),
  MAIL_DIR: z.string().min(1).default('.data/mail'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** off: never create the demo accounts (they are never created when NODE_ENV=production). */
  DEMO_ACCOUNTS: z.enum(['auto', 'off']).default('auto'),
  /** Trust X-Forwarded-* from a reverse proxy (for the client address and HTTPS detection). */
  TRUST_PROXY: z.enum(['on', 'off', 'loopback']).default('loopback'),
}).refine((config) => config.SEARCH_ENGINE !== 'meilisearch' || config.MEILI_URL, {
  message: 'SEARCH_ENGINE=meilisearch needs MEILI_URL',
  path: ['MEILI_URL'],
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}
