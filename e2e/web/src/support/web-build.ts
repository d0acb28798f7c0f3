import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');
const BUILT_INDEX = join(WORKSPACE_ROOT, 'dist', 'web', 'index.html');
const SOURCES = ['apps/web', 'libs/client/src', 'libs/shared/contracts/src'];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(path).map((entry) => newestChange(join(path, entry))),
  );
}

/**
 * Builds dist/web unless it is newer than every web source, so `npm test` after `npm run build`
 * (as CI does) reuses the build, and a plain `npm test` never tests a stale app.
 */
export function ensureWebBuild(): void {
  const builtAt = existsSync(BUILT_INDEX) ? statSync(BUILT_INDEX).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((dir) => newestChange(join(WORKSPACE_ROOT, dir))));
  if (builtAt > changedAt) return;
  execFileSync(
    join(WORKSPACE_ROOT, 'node_modules', '.bin', 'vite'),
    ['build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'],
    // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
    { cwd: WORKSPACE_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
}
