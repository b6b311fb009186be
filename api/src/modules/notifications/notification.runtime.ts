import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Mailer } from '../mail/mailer.js';
import { sendDailyDigests } from './digest.job.js';
import { deliverEmail, type MailDeps } from './email.job.js';
import { fanOut } from './fan-out.job.js';
import { DIGEST_QUEUE, EMAIL_QUEUE, FAN_OUT_QUEUE, PGBOSS_SCHEMA, QUEUE_OPTIONS, type EmailJob, type FanOutJob } from './notification.queue.js';

/** Jobs fetched per poll; each job in a batch succeeds or fails on its own. */
const BATCH_SIZE = 10;

export interface NotificationWorkerOptions {
  mailer: Mailer;
  logger: Logger;
  pollingIntervalSeconds?: number;
  /** Registers the daily digest's cron schedule (tests turn it off and call sendDailyDigests themselves). */
  scheduleDigest?: boolean;
}

/**
 * The notification jobs of one process, on the same pg-boss schema as search indexing: the fan-out (one per
 * activity), the email (one per notification for IMMEDIATE users) and the daily digest (a cron schedule,
 * DIGEST_HOUR UTC). Queues are created on start, so activities can be recorded even where no worker runs.
 */
export class NotificationRuntime {
  private constructor(
    private readonly boss: PgBoss,
    readonly pool: pg.Pool,
    private readonly config: Pick<Config, 'WEB_URL' | 'DIGEST_HOUR'>,
  ) {}

  static async start(options: { config: Config; logger: Logger }): Promise<NotificationRuntime> {
    const { config, logger } = options;
    const boss = new PgBoss({ connectionString: config.DATABASE_URL, max: 2, schema: PGBOSS_SCHEMA, supervise: true, migrate: true });
    boss.on('error', (error) => logger.error({ err: error }, 'notification job queue error'));
    await boss.start();
    for (const queue of Object.values(QUEUE_OPTIONS)) await boss.createQueue(queue.name, queue);
    const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 4 });
    // An idle connection closed by the server is discarded by the pool; it must not crash the process.
    pool.on('error', (error) => logger.warn({ err: error }, 'idle database connection closed'));
    return new NotificationRuntime(boss, pool, config);
  }

  mailDeps(mailer: Mailer): MailDeps {
    return { pool: this.pool, mailer, webUrl: this.config.WEB_URL.replace(/\/$/, '') };
  }

  /** Runs each job of a batch on its own: the failed ones are failed (and retried), the others completed. */
  private async workEach<T extends object>(queue: string, pollingIntervalSeconds: number, logger: Logger, handle: (data: T) => Promise<unknown>): Promise<void> {
    await this.boss.work<T>(queue, { batchSize: BATCH_SIZE, pollingIntervalSeconds }, async (jobs) => {
      const results = await Promise.allSettled(jobs.map((job) => handle(job.data)));
      for (const [index, job] of jobs.entries()) {
        const result = results[index]!;
        if (result.status === 'fulfilled') continue;
        logger.warn({ err: result.reason, queue, job: job.id }, 'notification job failed; it will be retried');
        // Failed here, the job is no longer active: pg-boss completes only the others after this handler returns.
        await this.boss.fail(queue, job.id, { message: result.reason instanceof Error ? result.reason.message : String(result.reason) });
      }
    });
  }

  /** Consumes notification jobs in this process until close(). */
  async startWorkers(options: NotificationWorkerOptions): Promise<void> {
    const { logger, pollingIntervalSeconds = 1 } = options;
    const mail = this.mailDeps(options.mailer);
    await this.workEach<FanOutJob>(FAN_OUT_QUEUE, pollingIntervalSeconds, logger, (job) => fanOut(this.pool, job));
    await this.workEach<EmailJob>(EMAIL_QUEUE, pollingIntervalSeconds, logger, (job) => deliverEmail(mail, job.notificationId));
    await this.boss.work(DIGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds }, async () => {
      const outcome = await sendDailyDigests(mail, new Date());
      logger.info(outcome, 'daily digest sent');
    });
    if (options.scheduleDigest ?? true) await this.scheduleDigest();
  }

  /** The daily digest's cron schedule (idempotent: one schedule per queue). */
  async scheduleDigest(): Promise<void> {
    await this.boss.schedule(DIGEST_QUEUE, `0 ${this.config.DIGEST_HOUR} * * *`, {}, { tz: 'UTC' });
  }

  /** Jobs of these queues not yet done (created, retrying or active). */
  async backlog(queues: string[] = [FAN_OUT_QUEUE, EMAIL_QUEUE]): Promise<number> {
    let total = 0;
    for (const queue of queues) total += await this.boss.getQueueSize(queue, { before: 'completed' });
    return total;
  }

  /** The cron schedules registered in the database (the daily digest's). */
  async schedules(): Promise<{ name: string; cron: string }[]> {
    return (await this.boss.getSchedules()).map(({ name, cron }) => ({ name, cron }));
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    await this.pool.end();
  }
}
