import type { Server } from 'node:http';
import { AppConfig, AppLogger, GracefulShutdownService } from '@boardwalk/server-core';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';
import { findWebRoot, serveWebApp } from './web-app';

export const BODY_LIMIT = '256kb';
/**
 * Idle keep-alive connections stay open longer than a proxy's or client's own idle timeout
 * (nginx and most load balancers use 60 s): otherwise the server closes a connection at the moment
 * the peer reuses it, and that request fails with ECONNRESET.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Builds the Nest application (not yet listening) for a configuration. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  app.useLogger(app.get(AppLogger));
  app.set('trust proxy', config.trustProxy);
  // GraphQL answers are POST responses no cache revalidates: hashing each body for an ETag was
  // pure cost (static files keep theirs). The framework banner tells attackers, not users.
  app.set('etag', false);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(cookieParser());
  serveWebApp(app, findWebRoot());
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Node requires the headers timeout to exceed the keep-alive timeout.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return app;
}

/**
 * On SIGTERM or SIGINT: answer the requests in flight, close the app (sockets are told to
 * reconnect, the database closes last), then end with the same signal.
 */
export function stopOnSignals(app: INestApplication): void {
  const stop = (signal: NodeJS.Signals) => {
    void (async () => {
      try {
        await app.get(GracefulShutdownService).drain(signal);
        await app.close();
      } finally {
        process.kill(process.pid, signal);
      }
    })();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Starts listening on the configured host and port; resolves with the bound port. */
export async function startApp(
  config: AppConfig,
): Promise<{ app: INestApplication; port: number }> {
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address() as { port: number };
  return { app, port: address.port };
}
