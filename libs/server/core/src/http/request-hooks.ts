import { ErrorCode } from '@boardwalk/contracts';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger as PinoLogger } from 'pino';
import { sessionTokenFrom } from '../auth/session-token';
import { ViewerAuthenticator } from '../auth/viewer';
import { ROOT_LOGGER } from '../logging/logging.module';
import { requestLogging } from '../logging/request-logging';
import { MetricsService } from './metrics.service';

const LABELLED_ROUTES = new Set(['graphql', 'health', 'metrics', 'admin', 'me', 'socket.io']);

/** Routes are labelled by their first path segment, so ids never explode label cardinality. */
function routeLabel(url: string): string {
  const segment = url.split('/', 2)[1]?.split('?', 1)[0] ?? '';
  return LABELLED_ROUTES.has(segment) ? `/${segment}` : '/app';
}

/**
 * What every HTTP request goes through before its route, as Fastify hooks: the request log line,
 * the duration histogram and the viewer, resolved once for GraphQL and plain routes alike. Added
 * before Nest registers its routes, so every route has them.
 */
export function installRequestHooks(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const rootLogger = app.get<PinoLogger>(ROOT_LOGGER);
  const metrics = app.get(MetricsService);
  const authenticator = app.get(ViewerAuthenticator, { strict: false });
  const logger = new Logger('Authentication');

  fastify.decorateRequest('viewer', null);
  fastify.decorateRequest('sessionToken', null);

  // Request lines are info lines: below that level the logger would only build child loggers and
  // listeners for lines that are never written.
  if (rootLogger.isLevelEnabled('info')) {
    const logRequest = requestLogging(rootLogger);
    fastify.addHook('onRequest', (request, reply, done) =>
      logRequest(request.raw, reply.raw, done),
    );
  }

  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.httpDuration.observe(
      { method: request.method, route: routeLabel(request.url), status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });

  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = sessionTokenFrom(request);
    request.sessionToken = token;
    if (!token) return;
    const meta = { userAgent: request.headers['user-agent'], ip: request.ip };
    try {
      request.viewer = await authenticator.authenticate(token, meta);
    } catch {
      // A dropped database connection fails one query; the pool replaces it, so try once more.
      try {
        request.viewer = await authenticator.authenticate(token, meta);
      } catch (error) {
        logger.error({ err: error }, 'Could not check the session');
        return reply.code(503).send({
          errors: [
            {
              message: 'The service is briefly unavailable; try again.',
              extensions: { code: ErrorCode.Internal },
            },
          ],
        });
      }
    }
  });
}
