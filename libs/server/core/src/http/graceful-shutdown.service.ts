import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** How long in-flight requests may take to finish once a shutdown starts. */
const DRAIN_TIMEOUT_MS = 10_000;
/** Requests already on the wire when the signal came are parsed within this quiet time. */
const QUIET_MS = 250;

/**
 * Answers every request the clients had already sent before the app closes: on a stop signal
 * `drain()` keeps listening until no request has been in flight for a short quiet time, with
 * `Connection: close` on every response meanwhile. It must run before `app.close()`: closing
 * starts by stopping Apollo, whose drain plugin closes the listener at once, resetting
 * connections whose bytes are still unread.
 */
@Injectable()
export class GracefulShutdownService implements OnApplicationBootstrap {
  private readonly logger = new Logger(GracefulShutdownService.name);
  private inFlight = 0;
  private lastRequestAt = 0;
  private shuttingDown = false;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    this.server()?.on('request', (_req: IncomingMessage, res: ServerResponse) => this.track(res));
  }

  async drain(signal?: string): Promise<void> {
    this.shuttingDown = true;
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    if (this.inFlight > 0) {
      this.logger.log(`${signal ?? 'Shutdown'}: finishing ${this.inFlight} request(s) in flight`);
    }
    while (
      Date.now() < deadline &&
      (this.inFlight > 0 || Date.now() - this.lastRequestAt < QUIET_MS)
    ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private track(res: ServerResponse): void {
    this.lastRequestAt = Date.now();
    if (this.shuttingDown && !res.headersSent) res.setHeader('Connection', 'close');
    this.inFlight += 1;
    res.on('close', () => {
      this.inFlight -= 1;
      this.lastRequestAt = Date.now();
    });
  }

  private server(): Server | undefined {
    return this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
  }
}
