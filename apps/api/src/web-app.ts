import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import accepts from 'accepts';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Paths the web app's history fallback must never answer. Under /admin only files (such as the
 * growth CSV, /admin/growth.csv) are the server's; /admin pages are the web app's screens. A
 * missing /assets file is a 404, not index.html: a tab left open across a deploy asks for the old
 * build's chunks, and HTML in their place fails as a script with no clear error.
 */
const SERVER_PATHS =
  /^\/(?:(?:graphql|socket\.io|health|metrics|me\/export)(?:\/|$|\?)|assets\/|admin\/[\w-]+\.\w+$)/;

// No inline script anywhere in the built app, so scripts may only come from this origin: a post
// that slipped past both sanitisers still could not run code.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The built web app (`dist/web`), found by walking up from this file, so it is the same folder
 * whether the server runs from source (tests) or from `dist/api` (npm start).
 */
export function findWebRoot(from: string = __dirname): string | null {
  let current = from;
  for (;;) {
    const candidate = join(current, 'dist', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split('?', 1)[0];
  return (
    !SERVER_PATHS.test(path) &&
    accepts(request.raw).type(['text/html', 'application/json']) === 'text/html'
  );
}

/**
 * Serves the single-page app at `/` when it has been built: hashed assets are cached for good,
 * and any other page a browser asks for gets index.html so client-side routes survive a reload.
 */
export async function serveWebApp(
  app: NestFastifyApplication,
  webRoot: string | null,
): Promise<void> {
  if (!webRoot) return;
  const assets = join(webRoot, 'assets');
  await app.register(fastifyStatic, {
    root: webRoot,
    index: false,
    // One route per built file, found once at start: the history fallback below owns `/*`.
    wildcard: false,
    setHeaders: (reply, path) => {
      if (path.startsWith(assets)) {
        reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request: FastifyRequest, reply: FastifyReply) => {
      if (!wantsPage(request)) return reply.callNotFound();
      return reply
        .header('Cache-Control', 'no-cache')
        .header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
        .header('X-Content-Type-Options', 'nosniff')
        .sendFile('index.html', { cacheControl: false });
    });
}
