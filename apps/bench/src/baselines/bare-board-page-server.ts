/**
 * Board page baseline: a bare HTTP handler answering `GET /board?slug=…&after=…` with the SQL of
 * Boardwalk's board page (the board row, 25 threads by keyset, their authors in one query) over a
 * `pg` pool of TypeORM's default size, returning the same JSON shape as the GraphQL query.
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
  author_id: string;
}

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
        ? `SELECT id, title, reply_count, last_activity_at, author_id FROM threads
            WHERE board_id = $1 AND (last_activity_at, id) < ($3::timestamptz, $4::uuid)
            ORDER BY last_activity_at DESC, id DESC LIMIT $2`
        : `SELECT id, title, reply_count, last_activity_at, author_id FROM threads
            WHERE board_id = $1 ORDER BY last_activity_at DESC, id DESC LIMIT $2`,
      cursor ? [board.id, PAGE + 1, cursor[0], cursor[1]] : [board.id, PAGE + 1],
    )
  ).rows;
  const page = threads.slice(0, PAGE);
  const authorIds = [...new Set(page.map((thread) => thread.author_id))];
  const authors = new Map(
    (
      await pool.query<{ id: string; handle: string; display_name: string; is_staff: boolean }>(
        'SELECT id, handle, display_name, is_staff FROM users WHERE id = ANY($1::uuid[])',
        [authorIds],
      )
    ).rows.map((user) => [user.id, user]),
  );
  const edges = page.map((thread) => {
    const author = authors.get(thread.author_id);
    return {
      cursor: Buffer.from(
        JSON.stringify([thread.last_activity_at.toISOString(), thread.id]),
      ).toString('base64url'),
      node: {
        id: thread.id,
        title: thread.title,
        replyCount: thread.reply_count,
        lastActivityAt: thread.last_activity_at.toISOString(),
        author: author
          ? { handle: author.handle, displayName: author.display_name, isStaff: author.is_staff }
          : null,
      },
    };
  });
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
