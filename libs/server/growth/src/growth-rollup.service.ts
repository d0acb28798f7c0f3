import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RollupResult, RollupState, rollUpGrowth, rollupState } from './growth-rollup';

const RUN_EVERY_MS = 3600 * 1000;

/**
 * Keeps the growth rollups current: a run on start (catching up every day missed while no
 * instance ran) and one every hour. Runs are idempotent and serialised by a database lock, so
 * any number of instances may run them.
 */
@Injectable()
export class GrowthRollupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(GrowthRollupService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.runInBackground();
    this.timer = setInterval(() => this.runInBackground(), RUN_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.whenIdle();
  }

  /** Recomputes the days after the last completed one through today (`now`, for tests). */
  runOnce(now?: Date): Promise<RollupResult> {
    return this.track(rollUpGrowth(this.dataSource, { now }));
  }

  /** Recomputes everything, e.g. after a tool wrote backdated rows. */
  rebuild(now?: Date): Promise<RollupResult> {
    return this.track(rollUpGrowth(this.dataSource, { now, rebuild: true }));
  }

  state(): Promise<RollupState> {
    return rollupState(this.dataSource);
  }

  /** Resolves once this instance's runs so far have finished, whatever their outcome. */
  async whenIdle(): Promise<void> {
    await this.running.catch(() => undefined);
  }

  private track<T>(run: Promise<T>): Promise<T> {
    const previous = this.running;
    this.running = Promise.allSettled([previous, run]);
    return run;
  }

  private runInBackground(): void {
    const startedAt = performance.now();
    this.runOnce().then(
      (result) =>
        this.logger.log(
          `Growth rollup: ${result.from} to ${result.through} in ${Math.round(performance.now() - startedAt)} ms`,
        ),
      (error: unknown) => this.logger.error({ err: error }, 'Growth rollup failed'),
    );
  }
}
