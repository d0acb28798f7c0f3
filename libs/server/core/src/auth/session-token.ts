import '@fastify/cookie';
import type { FastifyRequest } from 'fastify';

/** The part of a request a session token is read from. */
type TokenSource = Pick<FastifyRequest, 'headers' | 'cookies'>;

export const SESSION_COOKIE = 'bw_session';

/** Headers a browser cannot send cross-site without a CORS preflight. */
const PREFLIGHT_HEADERS = ['x-csrf-protection', 'apollo-require-preflight'];

/**
 * A cookie is sent by the browser on cross-site requests too, so a request authenticated by the
 * cookie alone must prove it is not a forged "simple" request: a JSON body or a custom header
 * both force a preflight, which other sites cannot pass. Bearer tokens are not ambient and need
 * no such proof.
 */
export function isPreflightedRequest(req: Pick<FastifyRequest, 'headers'>): boolean {
  if (PREFLIGHT_HEADERS.some((header) => req.headers[header] !== undefined)) return true;
  const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return (
    contentType !== '' &&
    contentType !== 'application/x-www-form-urlencoded' &&
    contentType !== 'multipart/form-data' &&
    contentType !== 'text/plain'
  );
}

export function sessionTokenFrom(req: TokenSource): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? match[1] : null;
  }
  const cookie = req.cookies?.[SESSION_COOKIE];
  if (cookie && isPreflightedRequest(req)) return cookie;
  return null;
}
