import { Controller, Get, Header, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { RedisService } from '../redis/redis.service';
import { MetricsService } from './metrics.service';

@Controller()
@Public()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisService,
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  /** 200 when the database answers (and Redis, when configured); 503 otherwise. */
  @Get('health')
  async health(@Res() res: Response): Promise<void> {
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const redis = await this.redis.ping();
    const healthy = database === 'up' && redis !== 'down';
    res.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: healthy ? 'ok' : 'degraded',
      database: {
        state: database,
        engine: this.config.usesEmbeddedDatabase ? 'pglite' : 'postgresql',
      },
      redis: { state: redis },
    });
  }

  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async metricsText(@Res() res: Response): Promise<void> {
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
