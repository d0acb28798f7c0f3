/**
 * Instructions per board page, counted by valgrind's callgrind in the API process: unlike CPU
 * time on a shared 2-core VM (±20% from one round to the next), the count repeats within about
 * 1%, so two builds can be told apart by a few percent. Each build given (a directory holding
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
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { HttpRequest, isGoodGraphql, keepAliveAgent, send } from './http-load';
import { API_LISTENING, API_NODE_FLAGS, spawnServer } from './processes';
import { PAGE_QUERY } from './scenarios';

const WARM_UP_PAGES = Number(process.env['WARM_UP_PAGES'] ?? 1500);
const COUNTED_PAGES = Number(process.env['COUNTED_PAGES'] ?? 300);
const DATABASE = process.env['BENCH_DATABASE'] ?? 'bw_bench_1m';
// vgdb, which callgrind_control talks through, names its pipes after USER and HOST.
const VGDB_ENV = { PATH: process.env['PATH'] ?? '', USER: 'bench', HOST: '127.0.0.1' };

function databaseUrl(): string {
  const url = new URL(process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/x');
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

function callgrindControl(option: string, pid: number | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn('callgrind_control', [option, String(pid)], {
      env: VGDB_ENV,
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`callgrind_control ${option}: exit ${code}`)),
    );
  });
}

/** Board pages one at a time, each of which must answer without errors. */
async function pages(page: HttpRequest, count: number): Promise<void> {
  const agent = keepAliveAgent(1);
  try {
    for (let i = 0; i < count; i += 1) {
      const result = await send(agent, page);
      if (!isGoodGraphql(result)) {
        throw new Error(`page answered ${result.status}: ${result.body.slice(0, 300)}`);
      }
    }
  } finally {
    agent.destroy();
  }
}

async function instructionsPerPage(build: string, slug: string): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'bw-callgrind-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'bw-bench-api-'));
  try {
    const api = await spawnServer(
      [
        '--tool=callgrind',
        '--instr-atstart=no',
        `--callgrind-out-file=${join(outDir, 'callgrind.out')}`,
        // V8 writes and rewrites its own machine code.
        '--smc-check=all-non-file',
        process.execPath,
        ...API_NODE_FLAGS,
        resolve(build, 'api/apps/api/src/main.js'),
      ],
      {
        ...VGDB_ENV,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        PORT: '0',
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl(),
      },
      API_LISTENING,
      600_000,
      'valgrind',
    );
    try {
      const page: HttpRequest = {
        method: 'POST',
        url: `${api.url}/graphql`,
        body: JSON.stringify({ query: PAGE_QUERY, variables: { slug } }),
      };
      await pages(page, WARM_UP_PAGES);
      await callgrindControl('--instr=on', api.child.pid);
      await pages(page, COUNTED_PAGES);
      await callgrindControl('--instr=off', api.child.pid);
      await callgrindControl('--dump', api.child.pid);
    } finally {
      await api.stop();
    }
    // The dump above, and the (empty) one callgrind writes at exit.
    const total = readdirSync(outDir)
      .map((file) => readFileSync(join(outDir, file), 'utf8'))
      .map((text) => Number(/^totals: (\d+)/m.exec(text)?.[1] ?? 0))
      .reduce((sum, count) => sum + count, 0);
    if (total === 0) throw new Error(`${build}: callgrind counted nothing`);
    return total / COUNTED_PAGES;
  } finally {
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
