import { ChildProcess, fork, spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { transformFileSync } from '@swc/core';

export const ROOT = join(__dirname, '..', '..', '..');
const BUILT_MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const SOURCE_MAIN = join(ROOT, 'apps/api/src/main.ts');

/** The Node flags `npm run serve` gives the API (npm start runs it; a test keeps Docker in step). */
function apiNodeFlags(): string[] {
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  return scripts['serve'].split(' ').filter((part) => part.startsWith('--'));
}
export const API_NODE_FLAGS = apiNodeFlags();

/** How API instances are run: the built entry point when present (production-like), else swc. */
export function apiEntry(prefer: 'auto' | 'dist' | 'swc'): { args: string[]; label: string } {
  const useDist = prefer === 'dist' || (prefer === 'auto' && existsSync(BUILT_MAIN));
  if (useDist) {
    if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing; run npm run build.`);
    return {
      args: [...API_NODE_FLAGS, BUILT_MAIN],
      label: `built dist/api (node ${API_NODE_FLAGS.join(' ')}, no transpiler)`,
    };
  }
  return {
    args: [...API_NODE_FLAGS, '-r', '@swc-node/register', SOURCE_MAIN],
    label: `apps/api/src/main.ts through @swc-node/register (node ${API_NODE_FLAGS.join(' ')}, no build found)`,
  };
}

export interface Started {
  child: ChildProcess;
  url: string;
  /** Spawn to "listening" line, milliseconds. */
  startMs: number;
  rssBytes(): number;
  stop(): Promise<void>;
}

/** Resident set size of a process, from /proc (Linux). */
export function rssOf(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Spawns a server (Node unless `command` says otherwise, e.g. valgrind) and resolves once its
 * stdout matches `ready` (group 1: the port); rejects with its output if it exits first or takes
 * longer than `timeoutMs`.
 */
export function spawnServer(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs: number,
  command: string = process.execPath,
): Promise<Started> {
  const startedAt = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise<Started>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Server did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      // Keep only the tail: a long run must not accumulate every log line.
      output = (output + chunk.toString()).slice(-20_000);
      const port = ready.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        // Keep draining so a chatty child never blocks on a full pipe.
        child.stdout?.resume();
        resolve({
          child,
          url: `http://127.0.0.1:${port}`,
          startMs: performance.now() - startedAt,
          rssBytes: () => rssOf(child.pid),
          stop: () => stopChild(child),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`Server exited (${signal ?? code}) before it was ready:\n${output.slice(-2000)}`),
      );
    });
  });
}

export interface ApiOptions {
  entry: { args: string[] };
  databaseUrl: string;
  redisUrl?: string;
  redisKeyPrefix?: string;
}

/** The API's start-up line; group 1 is its port. */
export const API_LISTENING = /listening on http:\/\/localhost:(\d+)/;

/** One real Boardwalk API instance on a free loopback port. */
export async function startApi(options: ApiOptions): Promise<Started> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bw-bench-api-'));
  // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the API.
  const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const server = await spawnServer(
    [...nodeArgs, ...options.entry.args],
    {
      NODE_ENV: 'production',
      // Per-request info logs would measure the log pipe, not the server.
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl,
      ...(options.redisUrl
        ? { REDIS_URL: options.redisUrl, REDIS_KEY_PREFIX: options.redisKeyPrefix ?? 'bw-bench:' }
        : {}),
    },
    API_LISTENING,
    180_000,
  );
  // e.g. with BENCH_API_NODE_ARGS=--trace-gc: each instance's output from here on, in
  // BENCH_API_OUTPUT_DIR/api-<pid>.log (the bench otherwise drains and drops it).
  const outputDir = process.env['BENCH_API_OUTPUT_DIR'];
  if (outputDir) {
    mkdirSync(outputDir, { recursive: true });
    server.child.stdout?.pipe(createWriteStream(join(outputDir, `api-${server.child.pid}.log`)));
  }
  const stop = server.stop;
  return {
    ...server,
    stop: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A baseline server of this app (one self-contained TypeScript file that prints `port N`),
 * compiled ahead like the API's build, so its start-up time holds no transpiling either.
 */
export function startScript(file: string, env: Record<string, string> = {}): Promise<Started> {
  const outDir = join(ROOT, 'dist/bench');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, basename(file).replace(/\.ts$/, '.js'));
  const { code } = transformFileSync(join(__dirname, file), {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  writeFileSync(out, code);
  return spawnServer([out], { NODE_ENV: 'production', ...env }, /^port (\d+)$/m, 60_000);
}

/** A worker of this app with an IPC channel (socket watchers). */
export function forkScript(file: string, env: Record<string, string> = {}): ChildProcess {
  return fork(join(__dirname, file), [], {
    cwd: ROOT,
    execArgv: ['-r', '@swc-node/register'],
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

export { stopChild };
