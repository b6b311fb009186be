import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../../errors.js';

/** What is limited, and how hard: attempts per window, per client address and per account. */
const RULES = {
  signIn: { points: 10, duration: 15 * 60 },
  signUp: { points: 5, duration: 60 * 60 },
  passwordReset: { points: 5, duration: 60 * 60 },
  secondFactor: { points: 5, duration: 15 * 60 },
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
  private readonly limiters: Record<LimitedAction, RateLimiterPostgres>;

  constructor(pool: pg.Pool) {
    this.limiters = Object.fromEntries(
      Object.entries(RULES).map(([action, rule]) => [
        action,
        new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, keyPrefix: action, ...rule }),
      ]),
    ) as Record<LimitedAction, RateLimiterPostgres>;
  }

  /** Counts one attempt; throws RATE_LIMITED (with retryAfter) when any of the keys is over its limit. */
  async consume(action: LimitedAction, keys: { address: string; account?: string | null }): Promise<void> {
    const limiter = this.limiters[action];
    const subjects = [`ip:${keys.address}`, ...(keys.account ? [`account:${keys.account}`] : [])];
    try {
      await Promise.all(subjects.map((subject) => limiter.consume(subject)));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      throw error;
    }
  }
}
