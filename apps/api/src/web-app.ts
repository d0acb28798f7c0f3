import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Server paths the web app's history fallback must never answer. Under /admin only files (such
 * as the growth CSV, /admin/growth.csv) are the server's; /admin pages are the web app's screens.
 */
const SERVER_PATHS =
  /^\/(?:(?:graphql|socket\.io|health|metrics|me\/export)(?:\/|$|\?)|admin\/[\w-]+\.\w+$)/;

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

/**
 * Serves the single-page app at `/` when it has been built: hashed assets are cached for good,
 * and any other page a browser asks for gets index.html so client-side routes survive a reload.
 */
export function serveWebApp(app: NestExpressApplication, webRoot: string | null): void {
  if (!webRoot) return;
  const indexFile = join(webRoot, 'index.html');
  app.useStaticAssets(webRoot, {
    index: false,
    setHeaders: (response, path) => {
      if (path.includes(`${join(webRoot, 'assets')}`)) {
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !SERVER_PATHS.test(request.path) &&
      request.accepts(['text/html', 'application/json']) === 'text/html';
    if (!wantsPage) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.sendFile(indexFile);
  });
}
