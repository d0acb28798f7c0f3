/**
 * `npm run bench`: seeds (or reuses) a bulk community in PostgreSQL, starts Boardwalk and the
 * bare baselines on loopback, runs every scenario side by side with its baseline and prints the
 * table; JSON and Markdown copies go to bench/results/. `--quick` runs tiny sizes for CI.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { dropDatabase, ensureCommunity, prepareFixture } from './community';
import { ReplyTiming, runFanout } from './fanout';
import type { LoadResult } from './http-load';
import { apiEntry, ROOT, startApi, startScript, Started } from './processes';
import { Progress } from './progress';
import { markdownTable, ResultRow, textTable } from './results';
import {
  bareInserts,
  barePublisher,
  boardPage,
  boardwalkPublisher,
  cpuMsOf,
  cursorBeforePage,
  databaseCpuMs,
  growthReport,
  LoadSettings,
  Tokens,
  waitForStartupRollup,
  warmUpPages,
  writePath,
} from './scenarios';

const MiB = 1024 * 1024;
const SCENARIOS = ['fanout', 'page', 'write', 'growth', 'adapter'] as const;
type Scenario = (typeof SCENARIOS)[number];

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      watchers: { type: 'string' },
      'adapter-watchers': { type: 'string' },
      replies: { type: 'string' },
      duration: { type: 'string' },
      concurrency: { type: 'string', default: '16' },
      members: { type: 'string' },
      posts: { type: 'string' },
      database: { type: 'string' },
      server: { type: 'string', default: 'auto' },
      postgres: {
        type: 'string',
        default: process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      },
      redis: {
        type: 'string',
        default: process.env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(`npm run bench -- [--quick] [--watchers 1000,5000] [--adapter-watchers 1000,5000]
  [--replies 20] [--duration 10] [--concurrency 16] [--members 100000 --posts 1000000]
  [--database bw_bench_1m] [--server auto|dist|swc] [--postgres URL] [--redis URL]
  [--only fanout,page,write,growth,adapter]   (a subset of the scenarios, e.g. while profiling)`);
    process.exit(0);
  }
  const quick = values.quick;
  const list = (text: string) => text.split(',').map((item) => Number(item.trim()));
  const watchers = list(values.watchers ?? (quick ? '200' : '1000,5000'));
  const server = values.server;
  if (server !== 'auto' && server !== 'dist' && server !== 'swc') {
    throw new Error('--server must be auto, dist or swc');
  }
  const only = new Set((values.only ?? SCENARIOS.join(',')).split(',').map((name) => name.trim()));
  for (const name of only) {
    if (!(SCENARIOS as readonly string[]).includes(name)) {
      throw new Error(`--only takes a comma list of ${SCENARIOS.join(', ')}; got "${name}"`);
    }
  }
  const runs = (name: Scenario) => only.has(name);
  return {
    quick,
    runs,
    watchers: runs('fanout') ? watchers : [],
    adapterWatchers: runs('adapter') ? list(values['adapter-watchers'] ?? watchers.join(',')) : [],
    replies: Number(values.replies ?? (quick ? 5 : 20)),
    intervalMs: quick ? 250 : 1_000,
    load: {
      concurrency: Number(values.concurrency),
      durationMs: Number(values.duration ?? (quick ? 3 : 10)) * 1000,
      warmupMs: quick ? 1_000 : 3_000,
    } satisfies LoadSettings,
    size: {
      members: Number(values.members ?? (quick ? 2_000 : 100_000)),
      posts: Number(values.posts ?? (quick ? 20_000 : 1_000_000)),
    },
    // The large community is kept between runs; a quick run seeds its own and drops it.
    database: values.database ?? (quick ? `bw_bench_quick_${process.pid}` : 'bw_bench_1m'),
    keepDatabase: !quick || values.database !== undefined,
    server,
    postgres: values.postgres,
    redis: values.redis,
    tokens: quick ? 300 : 2_000,
    writeBoards: quick ? 8 : 16,
    growthRuns: quick ? 3 : 5,
  };
}

type Options = ReturnType<typeof options>;

async function machine(pool: Pool, redisUrl: string): Promise<Record<string, string>> {
  const { rows } = await pool.query<{ server_version: string }>('SHOW server_version');
  let redisVersion = 'unknown';
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? 'unknown';
  } finally {
    redis.disconnect();
  }
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GiB`,
    node: process.version,
    postgresql: `${rows[0].server_version} (local, loopback)`,
    redis: `${redisVersion} (local, loopback)`,
  };
}

function loadRows(scenario: string, label: string, bw: LoadResult, bare: LoadResult): ResultRow[] {
  return [
    {
      scenario,
      metric: `${label} req/s`,
      unit: '',
      boardwalk: bw.perSecond,
      baseline: bare.perSecond,
    },
    {
      scenario,
      metric: `${label} p50`,
      unit: 'ms',
      boardwalk: bw.latency.p50,
      baseline: bare.latency.p50,
    },
    {
      scenario,
      metric: `${label} p99`,
      unit: 'ms',
      boardwalk: bw.latency.p99,
      baseline: bare.latency.p99,
    },
  ];
}

function assertClean(what: string, result: LoadResult): void {
  if (result.errors > 0)
    throw new Error(`${what}: ${result.errors} failed requests, e.g. ${result.firstError}`);
  if (result.requests === 0) throw new Error(`${what}: no request finished in the window`);
}

async function run(opts: Options): Promise<void> {
  // Community, servers, two fan-outs per size, two board pages, write path, growth report, the
  // two-instance start and one adapter run per size: one tick each.
  const steps =
    2 +
    opts.watchers.length * 2 +
    (opts.runs('page') ? 2 : 0) +
    (opts.runs('write') ? 1 : 0) +
    (opts.runs('growth') ? 1 : 0) +
    (opts.adapterWatchers.length > 0 ? 1 + opts.adapterWatchers.length : 0);
  const progress = new Progress(steps);
  const rows: ResultRow[] = [];
  const notes: string[] = [];
  /** Per-reply timings of each fan-out run, by run: written to the JSON only. */
  const fanoutReplies: Record<string, ReplyTiming[]> = {};
  const undelivered: string[] = [];
  const checkDelivery = (what: string, result: { deliveredPercent: number }) => {
    if (result.deliveredPercent < 100)
      undelivered.push(`${what} delivered ${result.deliveredPercent.toFixed(2)}%`);
  };
  const started: Started[] = [];
  const entry = apiEntry(opts.server as 'auto' | 'dist' | 'swc');
  const tag = `bench-${Date.now().toString(36)}`;
  let pool: Pool | null = null;
  let machineInfo: Record<string, string> = {};
  try {
    progress.step(`community of ${opts.size.posts.toLocaleString('en-US')} posts`);
    const community = await ensureCommunity(opts.postgres, opts.database, opts.size, (line) =>
      progress.log(line),
    );
    notes.push(
      community.reused
        ? `Community: ${opts.size.posts.toLocaleString('en-US')} posts in database ${opts.database}, reused from an earlier run.`
        : `Community: ${opts.size.members.toLocaleString('en-US')} members, ${opts.size.posts.toLocaleString('en-US')} posts bulk-seeded into ${opts.database} in ${(community.seedMs / 1000).toFixed(0)} s.`,
    );
    pool = new Pool({ connectionString: community.url, max: opts.load.concurrency });
    // An idle client dropped while the database goes away at the end must not end the process.
    pool.on('error', (error) => progress.log(`  database: ${error.message}`));
    const fixture = await prepareFixture(pool, opts.tokens, opts.writeBoards);
    const tokens = new Tokens(fixture.tokens);
    machineInfo = await machine(pool, opts.redis);
    // Earlier runs' writes leave dead rows and statistics from before them in a reused
    // community; without autovacuum (this machine's PostgreSQL runs without it), every run
    // would start from a worse state than the last, and a plan chosen on stale counts.
    await pool.query('VACUUM ANALYZE');
    const autovacuum = (await pool.query<{ autovacuum: string }>('SHOW autovacuum')).rows[0];
    notes.push(
      `The community's database is vacuumed and analysed before the scenarios (this PostgreSQL's autovacuum: ${autovacuum.autovacuum}).`,
    );
    progress.tick('community ready');

    progress.step('starting servers');
    const apiStartedAt = new Date();
    const api = await startApi({ entry, databaseUrl: community.url });
    started.push(api);
    await waitForStartupRollup(pool, apiStartedAt);
    const bareSockets = await startScript('baselines/bare-socket-server.ts');
    started.push(bareSockets);
    const barePages = await startScript('baselines/bare-board-page-server.ts', {
      DATABASE_URL: community.url,
    });
    started.push(barePages);
    notes.push(
      `API instances: ${entry.label}, NODE_ENV=production, LOG_LEVEL=warn; scenarios start once the growth rollup each instance runs on start has finished.`,
    );
    progress.tick('servers up');
    rows.push({
      scenario: '6 memory',
      metric: 'start-up, spawn to listening',
      unit: 'ms',
      boardwalk: api.startMs,
      baseline: bareSockets.startMs,
    });

    // 1. Fan-out, and 6. memory from the first size.
    const single = new Map<number, Awaited<ReturnType<typeof runFanout>>>();
    for (const [index, watchers] of opts.watchers.entries()) {
      progress.step(`fan-out: ${watchers} watchers on Boardwalk`);
      const rssBefore = api.rssBytes();
      let rssConnected = Number.NaN;
      let rssWatching = Number.NaN;
      const bw = await runFanout({
        urls: [api.url],
        boardId: fixture.fanoutBoard.id,
        watchers,
        replies: opts.replies,
        intervalMs: opts.intervalMs,
        publish: boardwalkPublisher(api.url, fixture, tokens),
        onConnected: async () => void (rssConnected = api.rssBytes()),
        onWatching: async () => void (rssWatching = api.rssBytes()),
        tag: `${tag} bw${watchers}`,
      });
      checkDelivery(`fan-out ${watchers} on Boardwalk`, bw);
      fanoutReplies[`fan-out ${watchers} Boardwalk`] = bw.replies;
      single.set(watchers, bw);
      progress.tick(`fan-out ${watchers} on Boardwalk: p99 ${bw.latency.p99.toFixed(1)} ms`);
      progress.step(`fan-out: ${watchers} watchers on bare socket.io`);
      const bareBefore = bareSockets.rssBytes();
      let bareConnected = Number.NaN;
      let bareWatching = Number.NaN;
      const bare = await runFanout({
        urls: [bareSockets.url],
        boardId: fixture.fanoutBoard.id,
        watchers,
        replies: opts.replies,
        intervalMs: opts.intervalMs,
        publish: barePublisher(bareSockets.url, fixture),
        onConnected: async () => void (bareConnected = bareSockets.rssBytes()),
        onWatching: async () => void (bareWatching = bareSockets.rssBytes()),
        tag: `${tag} bare${watchers}`,
      });
      checkDelivery(`fan-out ${watchers} on bare socket.io`, bare);
      fanoutReplies[`fan-out ${watchers} bare`] = bare.replies;
      progress.tick(`fan-out ${watchers} bare: p99 ${bare.latency.p99.toFixed(1)} ms`);
      const scenario = `1 fan-out ${watchers}`;
      rows.push(
        {
          scenario,
          metric: 'send→receipt p50',
          unit: 'ms',
          boardwalk: bw.latency.p50,
          baseline: bare.latency.p50,
        },
        {
          scenario,
          metric: 'send→receipt p99',
          unit: 'ms',
          boardwalk: bw.latency.p99,
          baseline: bare.latency.p99,
        },
        {
          scenario,
          metric: 'send→receipt max',
          unit: 'ms',
          boardwalk: bw.latency.max,
          baseline: bare.latency.max,
        },
        {
          scenario,
          metric: 'created→receipt p50',
          unit: 'ms',
          boardwalk: bw.fromStamp.p50,
          baseline: bare.fromStamp.p50,
        },
        {
          scenario,
          metric: 'created→receipt p99',
          unit: 'ms',
          boardwalk: bw.fromStamp.p99,
          baseline: bare.fromStamp.p99,
        },
        {
          scenario,
          metric: 'reply request p50',
          unit: 'ms',
          boardwalk: bw.request.p50,
          baseline: bare.request.p50,
        },
        {
          scenario,
          metric: 'delivered',
          unit: '%',
          boardwalk: bw.deliveredPercent,
          baseline: bare.deliveredPercent,
        },
      );
      if (index === 0) {
        rows.push(
          {
            scenario: '6 memory',
            metric: 'RSS idle',
            unit: 'MiB',
            boardwalk: rssBefore / MiB,
            baseline: bareBefore / MiB,
          },
          {
            scenario: '6 memory',
            metric: 'RSS per 1,000 idle sockets (connected)',
            unit: 'MiB',
            boardwalk: ((rssConnected - rssBefore) / MiB) * (1000 / bw.opened),
            baseline: ((bareConnected - bareBefore) / MiB) * (1000 / bare.opened),
          },
          {
            scenario: '6 memory',
            metric: 'RSS per 1,000 watching sockets',
            unit: 'MiB',
            boardwalk: ((rssWatching - rssBefore) / MiB) * (1000 / bw.opened),
            baseline: ((bareWatching - bareBefore) / MiB) * (1000 / bare.opened),
          },
        );
      }
    }

    if (opts.runs('page')) {
      // 3. Board page.
      const big = fixture.bigBoard;
      const deepPage = Math.max(2, Math.min(1000, Math.floor(big.threads / 25)));
      if (!opts.quick && deepPage < 1000) {
        throw new Error(
          `The biggest board has ${big.threads} threads: page 1,000 needs 25,000; reseed (drop ${opts.database}).`,
        );
      }
      await warmUpPages(
        { api: api.url, bare: barePages.url },
        big.slug,
        opts.load,
        opts.load.warmupMs * 3,
      );
      for (const page of [1, deepPage]) {
        progress.step(`board page ${page}`);
        const after = await cursorBeforePage(pool, big.id, page);
        const result = await boardPage(
          { url: api.url, pid: api.child.pid },
          { url: barePages.url, pid: barePages.child.pid },
          big.slug,
          after,
          opts.load,
        );
        assertClean(`board page ${page} (Boardwalk)`, result.boardwalk);
        assertClean(`board page ${page} (bare)`, result.bare);
        rows.push(
          ...loadRows(
            '3 board page',
            `page ${page.toLocaleString('en-US')}`,
            result.boardwalk,
            result.bare,
          ),
          {
            scenario: '3 board page',
            metric: `page ${page.toLocaleString('en-US')} server CPU per request`,
            unit: 'ms',
            boardwalk: result.boardwalk.cpuPerRequestMs,
            baseline: result.bare.cpuPerRequestMs,
          },
          {
            scenario: '3 board page',
            metric: `page ${page.toLocaleString('en-US')} database CPU per request`,
            unit: 'ms',
            boardwalk: result.boardwalk.databaseCpuPerRequestMs,
            baseline: result.bare.databaseCpuPerRequestMs,
          },
        );
        progress.tick(`board page ${page}: ${result.boardwalk.perSecond.toFixed(0)} req/s`);
      }
      notes.push(
        `Board page: board "${big.slug}" (${big.threads.toLocaleString('en-US')} threads), 25 threads with authors, ${opts.load.concurrency} requests in flight for ${opts.load.durationMs / 1000} s each (4 alternating rounds per server, so other load on the machine weighs on both; first ${(opts.load.warmupMs * 3) / 1000} s of page 1 on each server, unmeasured, to reach V8's steady state, then ${opts.load.warmupMs / 1000} s of warm-up), server CPU per request from /proc, and the local PostgreSQL's (all its processes), which tells the SQL's share of the cost from the server code's; ${deepPage === 1000 ? 'page 1,000' : `page ${deepPage}, its last full page, stands in for page 1,000 (that needs 25,000 threads) and`} is read with the cursor Boardwalk hands out.`,
      );
    }

    if (opts.runs('write')) {
      // 4. Write path.
      progress.step('write path');
      const serverBefore = cpuMsOf(api.child.pid);
      let databaseBefore = databaseCpuMs();
      const writes = await writePath(api.url, fixture, tokens, opts.load, tag);
      const serverPerReply = (cpuMsOf(api.child.pid) - serverBefore) / writes.answered;
      const databasePerReply = (databaseCpuMs() - databaseBefore) / writes.answered;
      assertClean('write path', writes);
      databaseBefore = databaseCpuMs();
      const inserts = await bareInserts(pool, fixture, opts.load, tag);
      const databasePerInsert = (databaseCpuMs() - databaseBefore) / inserts.answered;
      rows.push(
        {
          scenario: '4 write path',
          metric: 'replies/s',
          unit: '',
          boardwalk: writes.perSecond,
          baseline: inserts.perSecond,
        },
        {
          scenario: '4 write path',
          metric: 'p99',
          unit: 'ms',
          boardwalk: writes.latency.p99,
          baseline: inserts.p99,
        },
        {
          scenario: '4 write path',
          metric: 'server CPU per reply',
          unit: 'ms',
          boardwalk: serverPerReply,
          baseline: null,
        },
        {
          scenario: '4 write path',
          metric: 'database CPU per reply',
          unit: 'ms',
          boardwalk: databasePerReply,
          baseline: databasePerInsert,
        },
      );
      notes.push(
        `Write path: GraphQL \`reply\` at ${opts.load.concurrency} in flight over ${fixture.writeThreads.length} boards' threads, by ${fixture.tokens.length} members in turn; baseline: bare \`INSERT INTO posts\` over a pg pool at the same concurrency.`,
      );
      progress.tick(`write path: ${writes.perSecond.toFixed(0)} replies/s`);
    }

    if (opts.runs('growth')) {
      // 5. Growth report.
      progress.step('growth report');
      const growth = await growthReport(community.url, opts.growthRuns);
      rows.push({
        scenario: '5 growth report',
        metric: '90 days by day, median',
        unit: 'ms',
        boardwalk: growth.reportMs,
        baseline: growth.countMs,
      });
      notes.push(
        `Growth report: timeGrowthReport over 90 days by day (median of ${opts.growthRuns}, ${growth.posts.toLocaleString('en-US')} posts); baseline: one \`count(*)\` of the same days' posts.`,
      );
      progress.tick('growth report');
    }

    if (opts.adapterWatchers.length > 0) {
      // 2. Adapter tax: two instances sharing Redis vs the single instance measured above.
      progress.step('starting two instances with the Redis adapter');
      await api.stop();
      const prefix = `bw-bench-${process.pid}-${Date.now().toString(36)}:`;
      const pair = [];
      const pairStartedAt = new Date();
      for (let i = 0; i < 2; i += 1) {
        const instance = await startApi({
          entry,
          databaseUrl: community.url,
          redisUrl: opts.redis,
          redisKeyPrefix: prefix,
        });
        started.push(instance);
        pair.push(instance);
      }
      await waitForStartupRollup(pool, pairStartedAt);
      progress.tick('two instances up');
      for (const watchers of opts.adapterWatchers) {
        progress.step(`adapter: ${watchers} watchers over two instances`);
        const one = single.get(watchers);
        const two = await runFanout({
          urls: pair.map((instance) => instance.url),
          boardId: fixture.fanoutBoard.id,
          watchers,
          replies: opts.replies,
          intervalMs: opts.intervalMs,
          // Replies enter through the first instance; half the watchers are on the other one.
          publish: boardwalkPublisher(pair[0].url, fixture, tokens),
          tag: `${tag} pair${watchers}`,
        });
        checkDelivery(`adapter ${watchers} over two instances`, two);
        fanoutReplies[`adapter ${watchers} two instances`] = two.replies;
        const scenario = `2 adapter ${watchers}`;
        const base = (pick: (r: typeof two) => number) => (one ? pick(one) : null);
        rows.push(
          {
            scenario,
            metric: 'send→receipt p50',
            unit: 'ms',
            boardwalk: two.latency.p50,
            baseline: base((r) => r.latency.p50),
            baselineLabel: 'one instance',
          },
          {
            scenario,
            metric: 'send→receipt p99',
            unit: 'ms',
            boardwalk: two.latency.p99,
            baseline: base((r) => r.latency.p99),
            baselineLabel: 'one instance',
          },
          {
            scenario,
            metric: 'send→receipt max',
            unit: 'ms',
            boardwalk: two.latency.max,
            baseline: base((r) => r.latency.max),
            baselineLabel: 'one instance',
          },
          {
            scenario,
            metric: 'created→receipt p99',
            unit: 'ms',
            boardwalk: two.fromStamp.p99,
            baseline: base((r) => r.fromStamp.p99),
            baselineLabel: 'one instance',
          },
          {
            scenario,
            metric: 'delivered',
            unit: '%',
            boardwalk: two.deliveredPercent,
            baseline: base((r) => r.deliveredPercent),
            baselineLabel: 'one instance',
          },
        );
        progress.tick(`adapter ${watchers}: p99 ${two.latency.p99.toFixed(1)} ms`);
      }
    }
  } finally {
    for (const server of started.reverse()) await server.stop();
    await pool?.end();
    if (!opts.keepDatabase) await dropDatabase(opts.postgres, opts.database);
    progress.finish();
  }
  report(opts, { rows, notes, fanoutReplies }, machineInfo);
  if (undelivered.length > 0) {
    // Every event must reach every watcher: a run that lost any is a failed run.
    console.error(`\nFAILED: delivery below 100%: ${undelivered.join('; ')}.`);
    process.exitCode = 1;
  }
}

const MEASURED = [
  "Fan-out latency: send→receipt runs from just before the reply mutation (baseline: the publish request) is sent until each socket receives the event; created→receipt runs from the post's own createdAt in the event (stamped by the server just before the reply's transaction; by the baseline's publisher just before its request), so it is commit→receipt plus the transaction's own time, an upper bound on commit→receipt; wall clocks of one machine, watchers in their own processes (up to 2,500 sockets each), one reply every interval after 2 warm-up replies. Delivery must be 100%: the run fails otherwise.",
  'Memory: RSS per 1,000 idle sockets is read with every socket connected and watching nothing; per 1,000 watching sockets once they all watch the board; both from the first fan-out size, against the process RSS before the sockets opened.',
  "Each fan-out run's replies one by one (send time, request time, first, middle and last receipt) are in the JSON under fanoutReplies: a p99 at 1,000 watchers is set by the worst one or two of 20 replies, and these tell which.",
  'Ratio: Boardwalk ÷ baseline (below 1 is better for times, above 1 for rates). Adapter rows compare two instances sharing Redis (watchers split between them, replies entering the first) with one instance.',
];

function report(
  opts: Options,
  {
    rows,
    notes,
    fanoutReplies,
  }: { rows: ResultRow[]; notes: string[]; fanoutReplies: Record<string, ReplyTiming[]> },
  info: Record<string, string>,
): void {
  const when = new Date();
  const machineLine = Object.entries(info)
    .map(([key, value]) => `${key}: ${value}`)
    .join('; ');
  const sizes = `${opts.quick ? 'quick' : 'full'} run: watchers ${opts.watchers.join(', ')}, ${opts.replies} replies ${opts.intervalMs} ms apart`;
  const lines = [...MEASURED, ...notes];
  console.log(`\nBoardwalk benchmark (${sizes})\n${machineLine}\n`);
  console.log(textTable(rows));
  console.log(`\n${lines.map((line) => `- ${line}`).join('\n')}`);
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  writeFileSync(
    join(dir, `${stamp}.json`),
    `${JSON.stringify({ at: when.toISOString(), options: opts, machine: info, notes: lines, rows, fanoutReplies }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, `${stamp}.md`),
    `# Boardwalk benchmark, ${when.toISOString()}\n\n${sizes}. Machine: ${machineLine}.\n\n${markdownTable(rows)}\n\n${lines.map((line) => `- ${line}`).join('\n')}\n`,
  );
  console.log(`\nWritten to bench/results/${stamp}.json and .md`);
}

async function main(): Promise<void> {
  await run(options());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
