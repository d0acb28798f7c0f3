import { execFile } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..', '..');
const DIST = join(WORKSPACE_ROOT, 'dist');
const BUILT_DIR = join(DIST, 'web');
const BUILT_INDEX = join(BUILT_DIR, 'index.html');
const LOCK_FILE = join(DIST, 'web.build-lock');
const SOURCES = ['apps/web', 'libs/client/src', 'libs/shared/contracts/src'];
/** A build takes well under this even on a loaded two-core machine. */
const LOCK_TIMEOUT_MS = 10 * 60 * 1000;

const run = promisify(execFile);

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(path).map((entry) => newestChange(join(path, entry))),
  );
}

function isFresh(): boolean {
  const builtAt = existsSync(BUILT_INDEX) ? statSync(BUILT_INDEX).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((dir) => newestChange(join(WORKSPACE_ROOT, dir))));
  return builtAt > changedAt;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the build lock (a file created exclusively, holding our pid); false when it is held. */
function tryLock(): boolean {
  try {
    const fd = openSync(LOCK_FILE, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A lock left by a process that died (e.g. a killed test run) is taken over.
    const holder = Number(readFileSync(LOCK_FILE, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && !isAlive(holder)) {
      rmSync(LOCK_FILE, { force: true });
      return tryLock();
    }
    return false;
  }
}

async function withLock(work: () => Promise<void>): Promise<void> {
  mkdirSync(DIST, { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  while (!tryLock()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${LOCK_FILE}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    await work();
  } finally {
    rmSync(LOCK_FILE, { force: true });
  }
}

/**
 * Builds dist/web unless it is newer than every web source, so `npm test` after `npm run build`
 * (as CI does) reuses the build, and a plain `npm test` never tests a stale app.
 *
 * Safe with several jest workers: one worker builds while the others wait on a lock file and then
 * find the build fresh. The build goes to a temporary folder that replaces dist/web by rename, so
 * a server another worker is running never sees dist/web empty or half written.
 */
export async function ensureWebBuild(): Promise<void> {
  if (isFresh()) return;
  await withLock(async () => {
    if (isFresh()) return;
    const staging = join(DIST, `web.building-${process.pid}`);
    const previous = join(DIST, `web.previous-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    await run(
      join(WORKSPACE_ROOT, 'node_modules', '.bin', 'vite'),
      [
        'build',
        '--config',
        'apps/web/vite.config.ts',
        '--outDir',
        staging,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
      { cwd: WORKSPACE_ROOT, env: { ...process.env, NODE_ENV: 'production' } },
    );
    if (existsSync(BUILT_DIR)) renameSync(BUILT_DIR, previous);
    renameSync(staging, BUILT_DIR);
    rmSync(previous, { recursive: true, force: true });
  });
}
