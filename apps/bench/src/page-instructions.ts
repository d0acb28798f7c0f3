/**
 * Instructions per board page, counted by valgrind's callgrind in the API process: unlike CPU
 * time on a shared 2-core VM (±20% from one round to the next), the count repeats within about
 * 0.5%, so two builds can be told apart by a few percent. Each build given (a directory holding
 * `api/apps/api/src/main.js`, such as `dist` or a copy of an older one) starts under callgrind
 * with instrumentation off, serves warm-up pages until V8 has optimised them, then counts the
 * next pages one at a time. It counts user-space instructions only: not the kernel's share of the
 * socket writes, and not time (a cache miss is one instruction), so it suits changes to the
 * work the API's code does; confirm a win in CPU time with `npm run bench -- --only page`.
 *
 *   node -r @swc-node/register apps/bench/src/page-instructions.ts dist-before dist
 *
 * Needs valgrind and the full run's seeded community (`npm run bench` once); the biggest board
 * is read, as in the page scenario. BENCH_POSTGRES_URL as for the bench.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { PAGE_QUERY } from './scenarios';

const WARM_UP_PAGES = Number(process.env['WARM_UP_PAGES'] ?? 1500);
const COUNTED_PAGES = Number(process.env['COUNTED_PAGES'] ?? 300);
const DATABASE = process.env['BENCH_DATABASE'] ?? 'bw_bench_1m';

function databaseUrl(): string {
  const url = new URL(process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/x');
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

async function pages(port: number, slug: string, count: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const body = JSON.stringify({ query: PAGE_QUERY, variables: { slug } });
  for (let i = 0; i < count; i += 1) {
    await new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  agent.destroy();
}

/** The API under callgrind; resolves with its port once it listens. */
function startUnderCallgrind(build: string, outDir: string, dataDir: string) {
  // vgdb, which callgrind_control talks through, names its pipes after USER and HOST.
  const env = { ...process.env, USER: process.env['USER'] || 'bench', HOST: '127.0.0.1' };
  const child = spawn(
    'valgrind',
    [
      '--tool=callgrind',
      '--instr-atstart=no',
      `--callgrind-out-file=${join(outDir, 'callgrind.out')}`,
      // V8 writes and rewrites its own machine code.
      '--smc-check=all-non-file',
      process.execPath,
      '--max-semi-space-size=64',
      join(build, 'api/apps/api/src/main.js'),
    ],
    {
      env: {
        ...env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        PORT: '0',
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const port = new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) =>
      reject(new Error(`${build}: the API exited (${code}) before listening`)),
    );
  });
  return { child, env, port };
}

async function instructionsPerPage(build: string, slug: string): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'bw-callgrind-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'bw-bench-api-'));
  const { child, env, port } = startUnderCallgrind(build, outDir, dataDir);
  try {
    const apiPort = await port;
    await pages(apiPort, slug, WARM_UP_PAGES);
    const pid = String(child.pid);
    await run('callgrind_control', ['--instr=on', pid], env);
    await pages(apiPort, slug, COUNTED_PAGES);
    await run('callgrind_control', ['--instr=off', pid], env);
    await run('callgrind_control', ['--dump', pid], env);
    const total = readdirSync(outDir)
      .map((file) => readFileSync(join(outDir, file), 'utf8'))
      .map((text) => Number(/^totals: (\d+)/m.exec(text)?.[1] ?? 0))
      .reduce((sum, count) => sum + count, 0);
    if (total === 0) throw new Error(`${build}: callgrind counted nothing`);
    return total / COUNTED_PAGES;
  } finally {
    child.kill('SIGTERM');
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const builds = process.argv.slice(2);
  if (builds.length === 0) throw new Error('usage: page-instructions.ts BUILD_DIR [BUILD_DIR …]');
  const pool = new Pool({ connectionString: databaseUrl(), max: 1 });
  const [board] = (
    await pool.query<{ slug: string }>('SELECT slug FROM boards ORDER BY thread_count DESC LIMIT 1')
  ).rows;
  await pool.end();
  if (!board) throw new Error(`${DATABASE} has no boards: run npm run bench once to seed it`);
  const counts: number[] = [];
  for (const build of builds) {
    const count = await instructionsPerPage(build, board.slug);
    counts.push(count);
    const ratio = counts.length > 1 ? `  ${(count / counts[0]).toFixed(3)}× the first` : '';
    console.log(`${build}: ${(count / 1e6).toFixed(3)} M instructions per page${ratio}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
