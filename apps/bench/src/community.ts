import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { ROOT } from './processes';

export interface CommunitySize {
  members: number;
  posts: number;
}

/** `postgres://user@host:port/name` from a server URL and a database name. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Posts already in a database and the thread count of its biggest board, or null when it does
 * not exist or holds no community.
 */
async function seeded(url: string): Promise<{ posts: number; bigBoardThreads: number } | null> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const { rows } = await client.query<{ posts: number; big: number | null }>(
      `SELECT (SELECT count(*)::int FROM posts) AS posts,
              (SELECT max(thread_count) FROM boards) AS big`,
    );
    return { posts: rows[0].posts, bigBoardThreads: rows[0].big ?? 0 };
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (admin) =>
    admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

/**
 * A bulk-seeded community in database `name`: reused when it already holds at least `size.posts`
 * posts and its biggest board has 15% of the threads, as the seed makes it (the 1,000,000-post
 * seed takes minutes), else (re)created with `npm run seed:bulk`.
 */
export async function ensureCommunity(
  serverUrl: string,
  name: string,
  size: CommunitySize,
  log: (line: string) => void,
): Promise<{ url: string; reused: boolean; seedMs: number }> {
  const url = databaseUrl(serverUrl, name);
  const existing = await seeded(url);
  const bigBoardThreads = Math.floor(size.posts / 5 / 10);
  if (
    existing !== null &&
    existing.posts >= size.posts &&
    existing.bigBoardThreads >= bigBoardThreads
  ) {
    return { url, reused: true, seedMs: 0 };
  }
  await dropDatabase(serverUrl, name);
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const startedAt = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        join(ROOT, 'tools/seed/bulk.ts'),
        '--members',
        String(size.members),
        '--posts',
        String(size.posts),
      ],
      {
        cwd: ROOT,
        env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: url },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) log(`  seed: ${line}`);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Bulk seed failed (${code}): ${errors}`)),
    );
  });
  return { url, reused: false, seedMs: performance.now() - startedAt };
}

export interface Fixture {
  /** The board with the most threads: the board page scenario reads it. */
  bigBoard: { id: string; slug: string; threads: number };
  /** A quieter board and one of its threads: fan-out watchers watch it, replies go there. */
  fanoutBoard: { id: string; threadId: string };
  /** One thread in each of several other boards, for the write path. */
  writeThreads: Array<{ boardId: string; threadId: string }>;
  /** Session tokens of verified members older than a day (the posting budget is per user). */
  tokens: string[];
}

const BENCH_USER_AGENT = 'boardwalk-bench';

/**
 * Finds the boards and threads the scenarios use and signs in `users` seeded members by writing
 * their sessions directly (hashed like the server does), replacing the previous run's sessions.
 */
export async function prepareFixture(
  pool: Pool,
  users: number,
  writeBoards: number,
): Promise<Fixture> {
  const { rows: boards } = await pool.query<{ id: string; slug: string; threads: number }>(
    `SELECT b.id, b.slug, count(*)::int AS threads
       FROM boards b JOIN threads t ON t.board_id = b.id
      GROUP BY b.id, b.slug ORDER BY threads DESC, b.id`,
  );
  if (boards.length < writeBoards + 2) throw new Error('The community has too few boards.');
  const latestThread = async (boardId: string) => {
    const { rows } = await pool.query<{ id: string }>(
      `SELECT id FROM threads WHERE board_id = $1 ORDER BY last_activity_at DESC, id DESC LIMIT 1`,
      [boardId],
    );
    return rows[0].id;
  };
  const quiet = boards[boards.length - 1];
  const writeThreads: Fixture['writeThreads'] = [];
  for (const board of boards.slice(1, 1 + writeBoards)) {
    writeThreads.push({ boardId: board.id, threadId: await latestThread(board.id) });
  }
  await pool.query(`DELETE FROM sessions WHERE user_agent = $1`, [BENCH_USER_AGENT]);
  const { rows: members } = await pool.query<{ id: string }>(
    `SELECT id FROM users
      WHERE email_verified_at IS NOT NULL AND created_at < now() - interval '2 days'
      ORDER BY handle LIMIT $1`,
    [users],
  );
  const tokens = members.map(() => randomBytes(32).toString('base64url'));
  await pool.query(
    `INSERT INTO sessions (user_id, token_hash, user_agent, ip)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
    [
      members.map((member) => member.id),
      tokens.map((token) => createHash('sha256').update(token).digest('hex')),
      members.map(() => BENCH_USER_AGENT),
      members.map(() => '127.0.0.1'),
    ],
  );
  return {
    bigBoard: boards[0],
    fanoutBoard: { id: quiet.id, threadId: await latestThread(quiet.id) },
    writeThreads,
    tokens,
  };
}
