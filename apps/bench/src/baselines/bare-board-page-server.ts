/**
 * Board page baseline: a bare HTTP handler answering `GET /board?slug=…&after=…` with the SQL of
 * Boardwalk's board page (the board row, then 25 threads by keyset with their authors joined)
 * over a `pg` pool of TypeORM's default size, returning the same JSON shape as the GraphQL query.
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
const PAGE = 25;
// An idle client's connection error is not a reason to stop serving.
pool.on('error', () => undefined);

interface ThreadRow {
  id: string;
  title: string;
  reply_count: number;
  last_activity_at: Date;
  author_handle: string | null;
  author_display_name: string | null;
  author_is_staff: boolean | null;
}

const THREAD_WITH_AUTHOR = `SELECT thread.id, thread.title, thread.reply_count,
  thread.last_activity_at, author.handle AS author_handle,
  author.display_name AS author_display_name, author.is_staff AS author_is_staff
  FROM threads thread LEFT JOIN users author ON author.id = thread.author_id`;

async function boardPage(slug: string, after: string | null): Promise<unknown> {
  const board = (
    await pool.query<{
      id: string;
      slug: string;
      name: string;
      member_count: number;
      thread_count: number;
    }>('SELECT id, slug, name, member_count, thread_count FROM boards WHERE slug = $1', [slug])
  ).rows[0];
  if (!board) return { data: { board: null } };
  // Boardwalk's cursors are [kind, sort value, id]; the baseline's own are [sort value, id].
  const cursor = after
    ? (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as string[]).slice(-2)
    : null;
  const threads = (
    await pool.query<ThreadRow>(
      cursor
        ? `${THREAD_WITH_AUTHOR}
            WHERE thread.board_id = $1
              AND (thread.last_activity_at, thread.id) < ($3::timestamptz, $4::uuid)
            ORDER BY thread.last_activity_at DESC, thread.id DESC LIMIT $2`
        : `${THREAD_WITH_AUTHOR} WHERE thread.board_id = $1
            ORDER BY thread.last_activity_at DESC, thread.id DESC LIMIT $2`,
      cursor ? [board.id, PAGE + 1, cursor[0], cursor[1]] : [board.id, PAGE + 1],
    )
  ).rows;
  const page = threads.slice(0, PAGE);
  const edges = page.map((thread) => ({
    cursor: Buffer.from(
      JSON.stringify([thread.last_activity_at.toISOString(), thread.id]),
    ).toString('base64url'),
    node: {
      id: thread.id,
      title: thread.title,
      replyCount: thread.reply_count,
      lastActivityAt: thread.last_activity_at.toISOString(),
      author:
        thread.author_handle === null
          ? null
          : {
              handle: thread.author_handle,
              displayName: thread.author_display_name,
              isStaff: thread.author_is_staff,
            },
    },
  }));
  return {
    data: {
      board: {
        id: board.id,
        slug: board.slug,
        name: board.name,
        memberCount: board.member_count,
        threadCount: board.thread_count,
        threads: {
          edges,
          pageInfo: {
            hasNextPage: threads.length > PAGE,
            endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
          },
        },
      },
    },
  };
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/board') {
    res.writeHead(404).end();
    return;
  }
  boardPage(url.searchParams.get('slug') ?? '', url.searchParams.get('after')).then(
    (page) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page)),
    (error: Error) => res.writeHead(500).end(error.message),
  );
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number };
  console.log(`port ${address.port}`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
