import type { Request } from 'express';

export const SESSION_COOKIE = 'bw_session';

/** Headers a browser cannot send cross-site without a CORS preflight. */
const PREFLIGHT_HEADERS = ['x-csrf-protection', 'apollo-require-preflight'];

/**
 * A cookie is sent by the browser on cross-site requests too, so a request authenticated by the
 * cookie alone must prove it is not a forged "simple" request: a JSON body or a custom header
 * both force a preflight, which other sites cannot pass. Bearer tokens are not ambient and need
 * no such proof.
 */
export function isPreflightedRequest(req: Request): boolean {
  if (PREFLIGHT_HEADERS.some((header) => req.headers[header] !== undefined)) return true;
  const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return (
    contentType !== '' &&
    contentType !== 'application/x-www-form-urlencoded' &&
    contentType !== 'multipart/form-data' &&
    contentType !== 'text/plain'
  );
}

export function sessionTokenFrom(req: Request): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match ? match[1] : null;
  }
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  const cookie = cookies?.[SESSION_COOKIE];
  if (cookie && isPreflightedRequest(req)) return cookie;
  return null;
}
