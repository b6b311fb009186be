import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../../errors.js';

/**
 * What is limited, and how hard: attempts per window, per client address and per account. Addresses get
 * more room than accounts, because a city hall or a university puts many people behind one address.
 */
const RULES = {
  signIn: { window: 15 * 60, perAddress: 100, perAccount: 10 },
  signUp: { window: 60 * 60, perAddress: 30, perAccount: 5 },
  passwordReset: { window: 60 * 60, perAddress: 30, perAccount: 5 },
  secondFactor: { window: 15 * 60, perAddress: 100, perAccount: 5 },
  /** Starting threads and replying: 10 posts a minute per account. */
  post: { window: 60, perAddress: 300, perAccount: 10 },
} as const;

export type LimitedAction = keyof typeof RULES;

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RateLimited, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfter: retryAfterSeconds });
  }
}

/**
 * Attempt counters in PostgreSQL (rate-limiter-flexible), so that every API process and restart shares
 * them. Each attempt costs a point under the client address and under the account it names.
 */
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterPostgres>();

  constructor(private readonly pool: pg.Pool) {}

  private limiter(action: LimitedAction, scope: 'perAddress' | 'perAccount'): RateLimiterPostgres {
    const key = `${action}:${scope}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      const rule = RULES[action];
      limiter = new RateLimiterPostgres({
        storeClient: this.pool,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        keyPrefix: key,
        points: rule[scope],
        duration: rule.window,
      });
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  /** Counts one attempt; throws RATE_LIMITED (with retryAfter) when the address or the account is over its limit. */
  async consume(action: LimitedAction, keys: { address: string; account?: string | null }): Promise<void> {
    try {
      await this.limiter(action, 'perAddress').consume(`ip:${keys.address}`);
      if (keys.account) await this.limiter(action, 'perAccount').consume(`account:${keys.account}`);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      throw error;
    }
  }
}
