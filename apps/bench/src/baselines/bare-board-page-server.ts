/**
 * Board page baseline: a bare HTTP handler answering `GET /board?slug=…&after=…` with the SQL of
 * Boardwalk's board page (one statement: the board row with its 25 threads by keyset and their
 * authors as a JSON array) over a `pg` pool of TypeORM's default size, returning the same JSON
 * shape as the GraphQL query.
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });
const PAGE = 25;
// An idle client's connection error is not a reason to stop serving.
pool.on('error', () => undefined);

/** A thread with its author, as the statement's JSON array holds it (instants as ISO text). */
interface ThreadRow {
  id: string;
  title: string;
  reply_count: number;
  last_activity_at: string;
  author__handle: string | null;
  author__display_name: string | null;
  author__is_staff: boolean | null;
}

const AUTHOR_COLUMNS = [
  'id',
  'handle',
  'display_name',
  'bio',
  'email',
  'email_verified_at',
  'is_staff',
  'staff_title',
  'created_at',
]
  .map((column) => `author_account.${column} AS author__${column}`)
  .join(', ');

/**
 * Boardwalk's board page statement: the board row, its threads and their authors as JSON (the
 * page size written in, as Boardwalk does).
 */
function boardPageSql(after: boolean): string {
  const keyset = after
    ? ' AND (thread.last_activity_at, thread.id) < ($2::timestamptz, $3::uuid)'
    : '';
  return `SELECT board.*, (SELECT coalesce(json_agg(page ORDER BY page.last_activity_at DESC, page.id DESC), '[]')
    FROM (SELECT thread.id, thread.board_id, thread.author_id, thread.title, thread.created_at,
      thread.last_activity_at, thread.reply_count, thread.participant_count,
      thread.first_staff_reply_at, thread.accepted_answer_id, thread.hidden, ${AUTHOR_COLUMNS}
      FROM threads thread LEFT JOIN users author_account ON author_account.id = thread.author_id
      WHERE thread.board_id = board.id${keyset}
      ORDER BY thread.last_activity_at DESC, thread.id DESC LIMIT ${PAGE + 1}) page) AS threads
    FROM boards board WHERE board.slug = $1`;
}

async function boardPage(slug: string, after: string | null): Promise<unknown> {
  // Boardwalk's cursors are [kind, sort value, id]; the baseline's own are [sort value, id].
  const cursor = after
    ? (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as string[]).slice(-2)
    : null;
  const board = (
    await pool.query<{
      id: string;
      slug: string;
      name: string;
      member_count: number;
      thread_count: number;
      threads: ThreadRow[];
    }>({
      // Named, so PostgreSQL plans it once per connection, as Boardwalk's prepared reads are.
      name: cursor ? 'board_page_after' : 'board_page',
      text: boardPageSql(cursor !== null),
      values: cursor ? [slug, cursor[0], cursor[1]] : [slug],
    })
  ).rows[0];
  if (!board) return { data: { board: null } };
  const threads = board.threads;
  const page = threads.slice(0, PAGE);
  const edges = page.map((thread) => ({
    cursor: Buffer.from(
      JSON.stringify([new Date(thread.last_activity_at).toISOString(), thread.id]),
    ).toString('base64url'),
    node: {
      id: thread.id,
      title: thread.title,
      replyCount: thread.reply_count,
      lastActivityAt: new Date(thread.last_activity_at).toISOString(),
      author:
        thread.author__handle === null
          ? null
          : {
              handle: thread.author__handle,
              displayName: thread.author__display_name,
              isStaff: thread.author__is_staff,
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
