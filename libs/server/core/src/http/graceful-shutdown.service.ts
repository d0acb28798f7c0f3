import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** How long in-flight requests may take to finish once a shutdown starts. */
const DRAIN_TIMEOUT_MS = 10_000;
/** Requests already on the wire when the signal came are parsed within this quiet time. */
const QUIET_MS = 250;

/**
 * On SIGTERM Nest closes the database before the HTTP server. This answers every request the
 * clients had already sent first: it keeps listening until no request has been in flight for a
 * short quiet time (closing the listener at once would reset connections whose bytes are still
 * unread), then stops accepting connections; responses meanwhile carry `Connection: close`.
 */
@Injectable()
export class GracefulShutdownService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(GracefulShutdownService.name);
  private inFlight = 0;
  private lastRequestAt = 0;
  private shuttingDown = false;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    this.server()?.on('request', (_req: IncomingMessage, res: ServerResponse) => this.track(res));
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.shuttingDown = true;
    const server = this.server();
    if (!server) return;
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
    // Stops accepting and, on Node 19+, closes idle keep-alive connections.
    if (server.listening) server.close();
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
