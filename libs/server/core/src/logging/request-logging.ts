import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger as PinoLogger } from 'pino';
import { pinoHttp } from 'pino-http';

const QUIET_ROUTES = new Set(['/health', '/metrics']);
const REQUEST_ID = /^[\w-]{1,64}$/;

export type RequestLogging = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * One JSON line per answered request (its id, method, URL and status; never headers, so no
 * tokens or cookies), with the caller's `x-request-id` when it is a plain token. There is no
 * per-request async context: AsyncLocalStorage turns on promise hooks for the whole process,
 * which cost about a quarter of the CPU of a board page read (see the board page benchmark).
 */
export function requestLogging(logger: PinoLogger): RequestLogging {
  return pinoHttp({
    logger,
    genReqId: (req) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => QUIET_ROUTES.has(requestPath(req)) },
  });
}

function requestPath(req: IncomingMessage): string {
  const url = req.url ?? '';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
