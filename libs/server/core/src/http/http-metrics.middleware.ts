import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service';

/** Routes are labelled by their first path segment, so ids never explode label cardinality. */
function routeLabel(path: string): string {
  const segment = path.split('/')[1] ?? '';
  return ['graphql', 'health', 'metrics', 'admin', 'me', 'socket.io'].includes(segment)
    ? `/${segment}`
    : '/app';
}

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const stop = this.metrics.httpDuration.startTimer();
    res.on('finish', () =>
      stop({
        method: req.method,
        route: routeLabel(req.originalUrl.split('?')[0]),
        status: String(res.statusCode),
      }),
    );
    next();
  }
}
