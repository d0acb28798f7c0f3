import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
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

  /**
   * 200 while the database answers; 503 otherwise. Redis being away degrades realtime across
   * instances and shared rate limits but the instance still serves, so it stays in rotation.
   */
  @Get('health')
  async health(@Res() res: FastifyReply): Promise<void> {
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const redis = await this.redis.ping();
    const status = database !== 'up' ? 'down' : redis === 'down' ? 'degraded' : 'ok';
    await res.status(status === 'down' ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK).send({
      status,
      database: {
        state: database,
        engine: this.config.usesEmbeddedDatabase ? 'pglite' : 'postgresql',
      },
      redis: { state: redis },
    });
  }

  @Get('metrics')
  async metricsText(@Res() res: FastifyReply): Promise<void> {
    const text = await this.metrics.registry.metrics();
    await res
      .header('Cache-Control', 'no-store')
      .type(this.metrics.registry.contentType)
      .send(text);
  }
}
