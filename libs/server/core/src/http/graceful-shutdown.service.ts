import { BeforeApplicationShutdown, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

/** How long in-flight requests may take to finish once a shutdown starts. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * On SIGTERM Nest closes the database before the HTTP server; this stops taking new requests and
 * lets the ones in flight finish first, so a deploy or scale-down loses no accepted write.
 */
@Injectable()
export class GracefulShutdownService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(GracefulShutdownService.name);
  private inFlight = 0;
  private drained: (() => void) | null = null;
  private shuttingDown = false;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Counts a request until its response is done. */
  track(res: Response): void {
    if (this.shuttingDown) res.setHeader('Connection', 'close');
    this.inFlight += 1;
    res.on('close', () => {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.drained?.();
    });
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.shuttingDown = true;
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    // Stop accepting connections (another hook, e.g. socket.io's, may have done so already);
    // requests already sent on open connections are still answered.
    if (server.listening) server.close();
    if (this.inFlight > 0) {
      this.logger.log(`${signal ?? 'Shutdown'}: waiting for ${this.inFlight} request(s) to finish`);
      await Promise.race([
        new Promise<void>((resolve) => (this.drained = resolve)),
        new Promise<void>((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS).unref()),
      ]);
    }
    server.closeIdleConnections();
  }
}

@Injectable()
export class InFlightRequestsMiddleware implements NestMiddleware {
  constructor(private readonly shutdown: GracefulShutdownService) {}

  use(_req: Request, res: Response, next: NextFunction): void {
    this.shutdown.track(res);
    next();
  }
}
