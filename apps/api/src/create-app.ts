import type { Server } from 'node:http';
import {
  AppConfig,
  AppLogger,
  GracefulShutdownService,
  installRequestHooks,
} from '@boardwalk/server-core';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import { AppModule } from './app.module';
import { findWebRoot, serveWebApp } from './web-app';

export const BODY_LIMIT_BYTES = 256 * 1024;
/**
 * Idle keep-alive connections stay open longer than a proxy's or client's own idle timeout
 * (nginx and most load balancers use 60 s): otherwise the server closes a connection at the moment
 * the peer reuses it, and that request fails with ECONNRESET.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * Builds the Nest application (not yet listening) for a configuration. Fastify, not Express:
 * on the board page Express' router and middleware chain cost a sixth of the API's CPU.
 */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    // Fastify fails start-up when a plugin takes over 10 s (its default) to register: on a loaded
    // two-core machine, with tests starting several instances at once, @fastify/static did.
    pluginTimeout: 60_000,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    abortOnError: false,
    // Nest's body parsers would add form bodies (application/x-www-form-urlencoded), which a
    // cross-site HTML form can send without a preflight: signIn from another site would sign the
    // browser into someone else's account (login CSRF). Fastify's own JSON parser is the one
    // GraphQL needs; any other body type is answered 415.
    bodyParser: false,
  });
  app.useLogger(app.get(AppLogger));
  // Awaited so its cookie parsing hook runs before the authentication hook added next.
  await app.register(fastifyCookie);
  installRequestHooks(app);
  await serveWebApp(app, findWebRoot());
  const server = app.getHttpServer() as Server;
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
