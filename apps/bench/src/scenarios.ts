import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { DATABASE_PARTS } from '@boardwalk/api';
import { BOARD_THREADS_CURSOR } from '@boardwalk/server-conversations';
import { dataSourceOptions, encodeCursor, loadConfig } from '@boardwalk/server-core';
import { GrowthInterval, timeGrowthReport } from '@boardwalk/server-growth';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { Fixture } from './community';
import {
  HttpRequest,
  isGoodGraphql,
  keepAliveAgent,
  LoadResult,
  mergeLoads,
  runLoad,
  send,
} from './http-load';
import { median } from './stats';

export const PAGE_QUERY = `query BoardPage($slug: String!, $after: String) {
  board(slug: $slug) {
    id slug name memberCount threadCount
    threads(first: 25, after: $after) {
      edges { cursor node { id title replyCount lastActivityAt author { handle displayName isStaff } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const REPLY_MUTATION = `mutation BenchReply($input: ReplyInput!) { reply(input: $input) { id } }`;

/** Rotates through the bench sessions: the posting budget is per member. */
export class Tokens {
  private next = 0;
  constructor(private readonly tokens: string[]) {}
  take(): string {
    const token = this.tokens[this.next % this.tokens.length];
    this.next += 1;
    return token;
  }
}

export function replyRequest(
  apiUrl: string,
  token: string,
  threadId: string,
  body: string,
): HttpRequest {
  return {
    method: 'POST',
    url: `${apiUrl}/graphql`,
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: REPLY_MUTATION, variables: { input: { threadId, body } } }),
  };
}

/** Publishes one reply through Boardwalk (GraphQL) for the fan-out scenario. */
export function boardwalkPublisher(apiUrl: string, fixture: Fixture, tokens: Tokens) {
  const agent = keepAliveAgent(1);
  return async (body: string) => {
    const result = await send(
      agent,
      replyRequest(apiUrl, tokens.take(), fixture.fanoutBoard.threadId, body),
    );
    if (!isGoodGraphql(result)) throw new Error(`reply failed: ${result.status} ${result.body}`);
  };
}

/** Publishes the same payload through the bare socket.io server. */
export function barePublisher(bareUrl: string, fixture: Fixture) {
  const agent = keepAliveAgent(1);
  let seq = 0;
  const author = {
    id: randomUUID(),
    handle: 'bulk1',
    displayName: 'Bulk member 1',
    isStaff: false,
  };
  return async (body: string) => {
    seq += 1;
    const now = new Date().toISOString();
    const message = {
      boardId: fixture.fanoutBoard.id,
      threadId: fixture.fanoutBoard.threadId,
      post: {
        id: randomUUID(),
        threadId: fixture.fanoutBoard.threadId,
        boardId: fixture.fanoutBoard.id,
        authorId: author.id,
        author,
        replyToId: null,
        body,
        bodyHtml: `<p>${body}</p>\n`,
        createdAt: now,
        editedAt: null,
        hidden: false,
        deleted: false,
      },
      seq,
    };
    const result = await send(agent, {
      method: 'POST',
      url: `${bareUrl}/publish`,
      body: JSON.stringify({
        room: `board:${fixture.fanoutBoard.id}`,
        event: 'post.created',
        message,
      }),
    });
    if (result.status !== 200) throw new Error(`publish failed: ${result.status}`);
  };
}

export interface LoadSettings {
  concurrency: number;
  durationMs: number;
  warmupMs: number;
}

/** The keyset cursor Boardwalk would hand out at the end of page `page - 1` of a board. */
export async function cursorBeforePage(
  pool: Pool,
  boardId: string,
  page: number,
): Promise<string | null> {
  if (page <= 1) return null;
  const { rows } = await pool.query<{ last_activity_at: Date; id: string }>(
    `SELECT last_activity_at, id FROM threads WHERE board_id = $1
      ORDER BY last_activity_at DESC, id DESC OFFSET $2 LIMIT 1`,
    [boardId, (page - 1) * 25 - 1],
  );
  const row = rows[0];
  return encodeCursor(row.last_activity_at, row.id, BOARD_THREADS_CURSOR.kind);
}

function goodPage(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as {
      data?: { board?: { threads?: { edges?: unknown[] } } };
      errors?: unknown;
    };
    return !parsed.errors && (parsed.data?.board?.threads?.edges?.length ?? 0) > 0;
  } catch {
    return false;
  }
}

/** The board page request for Boardwalk (GraphQL) and for the bare handler, for one page. */
function pageRequests(
  urls: { api: string; bare: string },
  slug: string,
  after: string | null,
): { boardwalk: HttpRequest; bare: HttpRequest } {
  return {
    boardwalk: {
      method: 'POST',
      url: `${urls.api}/graphql`,
      body: JSON.stringify({ query: PAGE_QUERY, variables: { slug, after } }),
    },
    bare: {
      method: 'GET',
      url: `${urls.bare}/board?slug=${encodeURIComponent(slug)}${after ? `&after=${after}` : ''}`,
    },
  };
}

/**
 * Board page load on both servers for `durationMs` each, not measured: the rounds then see
 * servers whose hot paths are already compiled, like servers that have been up a while, instead
 * of paying V8's optimising compiler (its CPU counts in the process's) in the first round.
 */
export async function warmUpPages(
  urls: { api: string; bare: string },
  slug: string,
  settings: LoadSettings,
  durationMs: number,
): Promise<void> {
  const requests = pageRequests(urls, slug, null);
  for (const request of [requests.boardwalk, requests.bare]) {
    await runLoad({
      concurrency: settings.concurrency,
      durationMs,
      warmupMs: 0,
      next: () => request,
      ok: (result) => result.status === 200,
    });
  }
}

/**
 * Waits until the growth rollups that API instances run on start have committed (the state row
 * is stamped at or after `since`, and no other session of the database is busy: a second
 * instance's run waits for the first's lock), so that their seconds of database work do not land
 * in the next scenario's measurements.
 */
export async function waitForStartupRollup(pool: Pool, since: Date, timeoutMs = 180_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { rows } = await pool.query<{ refreshed_at: Date | null; busy: number }>(
      `SELECT (SELECT refreshed_at FROM growth_rollup_state WHERE id = 1) AS refreshed_at,
              (SELECT count(*)::int FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid()
                  AND state IN ('active', 'idle in transaction')) AS busy`,
    );
    const refreshedAt = rows[0].refreshed_at;
    if (refreshedAt && refreshedAt.getTime() >= since.getTime() && rows[0].busy === 0) return;
    if (performance.now() > deadline) {
      throw new Error(`The API's start-up growth rollup did not finish in ${timeoutMs / 1000} s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** CPU time (user + system) a process has used so far, from /proc (Linux), in ms. */
export function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    return statCpuMs(pid, false);
  } catch {
    return Number.NaN;
  }
}

/**
 * A process's CPU time from /proc/PID/stat in ms: utime + stime, and with `withChildren` its
 * reaped children's too.
 */
function statCpuMs(pid: number | string, withChildren: boolean): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const indexes = withChildren ? [11, 12, 13, 14] : [11, 12];
  const ticks = indexes.reduce((sum, index) => sum + Number(fields[index]), 0);
  return (ticks * 1000) / CLOCK_TICKS;
}

/**
 * CPU time all PostgreSQL server processes on this machine have used so far, in ms; NaN when
 * none is visible (a database on another host). Shows whether a gap between two servers is in
 * the SQL they send or in the code around it. Each process counts with its reaped children, so a
 * backend that exits moves its time to the postmaster's count instead of losing it.
 */
export function databaseCpuMs(): number {
  let total = 0;
  let seen = false;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      total += statCpuMs(entry, true);
      seen = true;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return seen ? total : Number.NaN;
}

const CLOCK_TICKS = 100;
const ROUNDS = 4;

export interface PageLoad extends LoadResult {
  /** The server's CPU time per answered request (ms): steadier than rates on a shared machine. */
  cpuPerRequestMs: number;
  /** The local PostgreSQL's CPU time per answered request (ms); NaN for a remote database. */
  databaseCpuPerRequestMs: number;
}

/**
 * Board page over GraphQL vs the bare handler, at the same concurrency and total duration, in
 * alternating rounds (Boardwalk, bare, Boardwalk, ...) so that other load on the machine weighs
 * on both alike; each server's CPU time per request is read from /proc around its rounds.
 */
export async function boardPage(
  api: { url: string; pid: number | undefined },
  bareServer: { url: string; pid: number | undefined },
  slug: string,
  after: string | null,
  settings: LoadSettings,
): Promise<{ boardwalk: PageLoad; bare: PageLoad }> {
  const requests = pageRequests({ api: api.url, bare: bareServer.url }, slug, after);
  const check = (result: { status: number; body: string }) =>
    result.status === 200 && goodPage(result.body);
  const runs = { boardwalk: [] as LoadResult[], bare: [] as LoadResult[] };
  const cpu = { boardwalk: 0, bare: 0 };
  const databaseCpu = { boardwalk: 0, bare: 0 };
  const durationMs = settings.durationMs / ROUNDS;
  for (let round = 0; round < ROUNDS; round += 1) {
    // A full warm-up before each server's first round, a short one (connections) afterwards.
    const warmupMs = round === 0 ? settings.warmupMs : Math.min(500, settings.warmupMs);
    for (const side of ['boardwalk', 'bare'] as const) {
      const pid = side === 'boardwalk' ? api.pid : bareServer.pid;
      const before = cpuMsOf(pid);
      const databaseBefore = databaseCpuMs();
      runs[side].push(
        await runLoad({
          ...settings,
          durationMs,
          warmupMs,
          next: () => requests[side],
          ok: check,
        }),
      );
      cpu[side] += cpuMsOf(pid) - before;
      databaseCpu[side] += databaseCpuMs() - databaseBefore;
    }
  }
  const result = (side: 'boardwalk' | 'bare'): PageLoad => {
    const merged = mergeLoads(runs[side], settings.durationMs);
    const answered = Math.max(1, merged.answered);
    return {
      ...merged,
      cpuPerRequestMs: cpu[side] / answered,
      databaseCpuPerRequestMs: databaseCpu[side] / answered,
    };
  };
  return { boardwalk: result('boardwalk'), bare: result('bare') };
}

/** Replies through GraphQL (counters, seq, events) spread over several boards' threads. */
export function writePath(
  apiUrl: string,
  fixture: Fixture,
  tokens: Tokens,
  settings: LoadSettings,
  tag: string,
): Promise<LoadResult> {
  return runLoad({
    ...settings,
    next: (index) =>
      replyRequest(
        apiUrl,
        tokens.take(),
        fixture.writeThreads[index % fixture.writeThreads.length].threadId,
        `${tag} write ${index}`,
      ),
    ok: isGoodGraphql,
  });
}

/**
 * Write baseline: bare `INSERT INTO posts` statements at the same concurrency, with no counters,
 * seq, events, HTTP or GraphQL; the rows are deleted afterwards.
 */
export async function bareInserts(
  pool: Pool,
  fixture: Fixture,
  settings: LoadSettings,
  tag: string,
): Promise<{ perSecond: number; p99: number; answered: number }> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM users WHERE email_verified_at IS NOT NULL ORDER BY handle LIMIT 100`,
  );
  const body = `${tag} bare insert`;
  const latencies: number[] = [];
  let issued = 0;
  let answered = 0;
  const warmEnd = performance.now() + settings.warmupMs;
  const end = warmEnd + settings.durationMs;
  const worker = async () => {
    for (;;) {
      const startedAt = performance.now();
      if (startedAt >= end) return;
      const index = issued++;
      const target = fixture.writeThreads[index % fixture.writeThreads.length];
      await pool.query(
        `INSERT INTO posts (thread_id, board_id, author_id, opening, body, body_html, created_at)
         VALUES ($1, $2, $3, false, $4, $5, now())`,
        [target.threadId, target.boardId, rows[index % rows.length].id, body, `<p>${body}</p>\n`],
      );
      const finishedAt = performance.now();
      answered += 1;
      if (startedAt >= warmEnd && finishedAt <= end) latencies.push(finishedAt - startedAt);
    }
  };
  try {
    await Promise.all(Array.from({ length: settings.concurrency }, worker));
  } finally {
    await pool.query(`DELETE FROM posts WHERE body = $1`, [body]);
  }
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / (settings.durationMs / 1000),
    p99: latencies[Math.max(0, Math.ceil(latencies.length * 0.99) - 1)] ?? Number.NaN,
    answered,
  };
}

/**
 * The 90-day growth report (`timeGrowthReport`, daily buckets, on current rollups) vs one plain
 * `count(*)` of the same 90 days' posts: what any report read from raw rows would cost at least.
 */
export async function growthReport(
  databaseUrl: string,
  runs: number,
): Promise<{ reportMs: number; countMs: number; posts: number }> {
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' });
  const dataSource = await new DataSource(dataSourceOptions(config, DATABASE_PARTS)).initialize();
  try {
    const timing = await timeGrowthReport(dataSource, {
      days: 90,
      interval: GrowthInterval.DAY,
      runs,
    });
    const countRuns: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const startedAt = performance.now();
      await dataSource.query(
        `SELECT count(*) FROM posts WHERE created_at >= date_trunc('day', now()) - interval '89 days'`,
      );
      countRuns.push(performance.now() - startedAt);
    }
    return {
      reportMs: timing.medianMs,
      countMs: median(countRuns),
      posts: timing.report.totals.posts,
    };
  } finally {
    await dataSource.destroy();
  }
}
