import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';

export type JobHandler<T> = (data: T) => Promise<void>;

/** How a job is retried when its handler throws (pg-boss; delays in seconds, doubled with backoff). */
export interface JobRetry {
  retryLimit: number;
  retryDelay?: number;
  retryBackoff?: boolean;
}

/**
 * Background jobs in PostgreSQL (pg-boss): nothing extra to run, jobs survive restarts, and any API replica
 * may pick them up. Queues are registered by the modules that own them, before the application starts.
 */
@Injectable()
export class JobQueueService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<string, JobHandler<never>>();
  private readonly schedules = new Map<string, string>();
  private boss: PgBoss | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Declares a queue and the function that works its jobs (call from a provider's constructor). */
  register<T extends object>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler<never>);
  }

  /**
   * Runs a registered queue's job on a cron schedule (UTC). pg-boss keeps schedules in PostgreSQL and sends
   * one job per tick whatever the number of replicas; schedules no longer declared in code are removed.
   */
  schedule(name: string, cron: string): void {
    this.schedules.set(name, cron);
  }

  async onModuleInit(): Promise<void> {
    if (!this.config.JOBS_ENABLED) return;
    const boss = new PgBoss({
      connectionString: this.config.DATABASE_URL,
      schema: 'pgboss',
      max: 3,
      application_name: 'inbreng-jobs',
    });
    boss.on('error', (err: Error) => this.logger.error(`job queue: ${err.message}`));
    await boss.start();
    this.boss = boss;
  }

  /** Workers start once every module has registered its queues. */
  async startWorkers(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    for (const [name, handler] of this.handlers) {
      await boss.createQueue(name);
      await boss.work<object>(name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
        for (const job of jobs) await handler(job.data as never);
      });
    }
    for (const [name, cron] of this.schedules) {
      if (!this.handlers.has(name)) throw new Error(`cannot schedule ${name}: no such job queue`);
      await boss.schedule(name, cron, {}, { tz: 'UTC', retryLimit: 1, expireInMinutes: 30 });
    }
    for (const old of await boss.getSchedules()) {
      if (!this.schedules.has(old.name)) await boss.unschedule(old.name);
    }
  }

  /** Queues a job; returns its id. Throws when the queue is switched off. By default a failed job is retried once. */
  async send(name: string, data: object, retry: JobRetry = { retryLimit: 1 }): Promise<string> {
    if (!this.boss) throw new Error('the job queue is not running (JOBS_ENABLED=false)');
    if (!this.handlers.has(name)) throw new Error(`no job queue named ${name}`);
    const id = await this.boss.send(name, data, { ...retry, expireInMinutes: 30 });
    if (!id) throw new Error(`job ${name} was not queued`);
    return id;
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, timeout: 5000, wait: true });
  }
}
