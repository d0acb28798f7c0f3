/**
 * Fills a fresh database with a large community by bulk SQL, for benchmarks (the service-layer
 * seed is far too slow for a million posts), then times the rollup rebuild and the 90-day growth
 * report: `DATABASE_URL=postgres://... npm run seed:bulk -- --members 100000 --posts 1000000`.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { DATABASE_PARTS } from '@boardwalk/api';
import { dataSourceOptions, loadConfig, runMigrationsLocked } from '@boardwalk/server-core';
import { GrowthInterval, rollUpGrowth, timeGrowthReport } from '@boardwalk/server-growth';
import { AUTOMATIC_MODERATOR } from '@boardwalk/server-moderation';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      members: { type: 'string', default: '100000' },
      posts: { type: 'string', default: '1000000' },
      days: { type: 'string', default: '90' },
      // The biggest board's share of the threads: 15% of 200,000 gives the board page scenario
      // 30,000 threads, so its page 1,000 (of 25) exists.
      'big-board-share': { type: 'string', default: '0.15' },
      'report-only': { type: 'boolean', default: false },
    },
  });
  const members = Number(values.members);
  const posts = Number(values.posts);
  const days = Number(values.days);
  const threads = Math.round(posts / 5);
  const boards = Math.max(10, Math.round(members / 100));
  const staff = Math.max(2, Math.round(members / 500));
  const bigBoardThreads = Math.round(threads * Number(values['big-board-share']));
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const dataSource = await new DataSource(dataSourceOptions(config, DATABASE_PARTS)).initialize();
  const step = async (label: string, sql: string, parameters: unknown[] = []) => {
    const startedAt = performance.now();
    await dataSource.query(sql, parameters);
    console.log(`${label}: ${Math.round(performance.now() - startedAt)} ms`);
  };
  try {
    await runMigrationsLocked(dataSource, config.usesEmbeddedDatabase);
    if (values['report-only']) {
      await timeReports(dataSource);
      return;
    }
    // The built-in automatic moderator is there from the first migration on; nobody else may be.
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM users WHERE id <> $1', [
      AUTOMATIC_MODERATOR.id,
    ]);
    if (n > 0) throw new Error('The database is not empty; bulk-seed a fresh one.');
    // Times are spread over the last `days` days ($3), so a report of that many days sees all.
    await step(
      `${members} members (${staff} staff)`,
      `INSERT INTO users (handle, display_name, email, password_hash, is_staff, email_verified_at, created_at)
       SELECT 'bulk' || i, 'Bulk member ' || i, 'bulk' || i || '@bulk.example', '!bulk', i <= $2,
              now() - interval '1 day' * $3 * random(), now() - interval '1 day' * $3 * random()
         FROM generate_series(1, $1) i`,
      [members, staff, days],
    );
    await step(
      `${boards} boards`,
      `INSERT INTO boards (slug, name, name_key, created_by_id, official, incubating, created_at, last_activity_at)
       SELECT 'bulk-board-' || i, 'Bulk board ' || i, 'bulkboard' || i, u.id, u.is_staff, false, u.created_at, now()
         FROM generate_series(1, $1) i
         JOIN LATERAL (SELECT id, is_staff, created_at FROM users
                        WHERE handle = 'bulk' || (1 + (i * 7919) % $2)) u ON true`,
      [boards, members],
    );
    await dataSource.query(
      `CREATE TEMP TABLE bulk_users AS SELECT row_number() OVER () AS n, id, is_staff FROM users;
       CREATE TEMP TABLE bulk_boards AS SELECT row_number() OVER () AS n, id FROM boards;`,
    );
    await step(
      'memberships (about 3 per member)',
      `INSERT INTO board_members (board_id, user_id, role, joined_at, last_active_at)
       SELECT b.id, x.id, 'member', x.created_at + (now() - x.created_at) * random(), now()
         FROM (SELECT u.id, u.created_at, 1 + floor(random() * $1)::int AS board_n
                 FROM users u CROSS JOIN generate_series(1, 3) k OFFSET 0) x
         JOIN bulk_boards b ON b.n = x.board_n
       ON CONFLICT DO NOTHING`,
      [boards],
    );
    await step(
      `${threads} threads`,
      `INSERT INTO threads (board_id, author_id, title, created_at, last_activity_at, reply_count, participant_count)
       SELECT b.id, u.id, 'Bulk thread ' || t.i, t.at, t.at, 0, 1
         FROM (SELECT i, now() - interval '1 day' * $4 * random() AS at,
                      1 + floor(random() * $2)::int AS user_n,
                      CASE WHEN i <= $5 THEN 1
                           ELSE 1 + floor(power(random(), 2) * $3)::int END AS board_n
                 FROM generate_series(1, $1) i) t
         JOIN bulk_users u ON u.n = t.user_n
         JOIN bulk_boards b ON b.n = t.board_n`,
      [threads, members, boards, days, bigBoardThreads],
    );
    await step(
      `${threads} opening posts`,
      `INSERT INTO posts (thread_id, board_id, author_id, opening, body, body_html, created_at)
       SELECT id, board_id, author_id, true, 'Opening post', '<p>Opening post</p>', created_at FROM threads`,
    );
    await step(
      `${posts - threads} replies`,
      `CREATE TEMP TABLE bulk_threads AS SELECT row_number() OVER () AS n, id, board_id, created_at FROM threads;
       INSERT INTO posts (thread_id, board_id, author_id, opening, body, body_html, created_at)
       SELECT t.id, t.board_id, u.id, false, 'A reply', '<p>A reply</p>',
              least(now(), t.created_at + interval '1 minute' * (1 + power(random(), 3) * 4320))
         FROM (SELECT 1 + floor(random() * ${threads})::int AS thread_n,
                      1 + floor(random() * ${members})::int AS user_n
                 FROM generate_series(1, ${posts - threads})) r
         JOIN bulk_threads t ON t.n = r.thread_n
         JOIN bulk_users u ON u.n = r.user_n`,
    );
    await step(
      'thread counters, first staff replies, accepted answers',
      `UPDATE threads t SET reply_count = s.replies, last_activity_at = s.last,
              first_staff_reply_at = s.first_staff, accepted_answer_id = s.answer
         FROM (SELECT p.thread_id, count(*) FILTER (WHERE NOT p.opening) AS replies,
                      max(p.created_at) AS last,
                      min(p.created_at) FILTER (WHERE NOT p.opening AND u.is_staff) AS first_staff,
                      CASE WHEN random() < 0.3
                           THEN (array_agg(p.id ORDER BY p.created_at) FILTER (WHERE NOT p.opening))[1]
                      END AS answer
                 FROM posts p JOIN users u ON u.id = p.author_id GROUP BY p.thread_id) s
        WHERE s.thread_id = t.id`,
    );
    await step(
      'board counters',
      `UPDATE boards b SET thread_count = coalesce(t.n, 0), post_count = coalesce(p.n, 0),
              member_count = coalesce(m.n, 0), last_activity_at = coalesce(t.last, b.last_activity_at)
         FROM boards x
         LEFT JOIN (SELECT board_id, count(*) AS n, max(last_activity_at) AS last
                      FROM threads GROUP BY board_id) t ON t.board_id = x.id
         LEFT JOIN (SELECT board_id, count(*) AS n FROM posts GROUP BY board_id) p ON p.board_id = x.id
         LEFT JOIN (SELECT board_id, count(*) AS n FROM board_members GROUP BY board_id) m
                ON m.board_id = x.id
        WHERE b.id = x.id`,
    );
    await step('ANALYZE', 'ANALYZE');
    const startedAt = performance.now();
    await rollUpGrowth(dataSource, { rebuild: true });
    console.log(`growth rollup rebuild: ${Math.round(performance.now() - startedAt)} ms`);
    const hourly = performance.now();
    await rollUpGrowth(dataSource);
    console.log(`growth rollup hourly run: ${Math.round(performance.now() - hourly)} ms`);
    await dataSource.query('ANALYZE');
    await timeReports(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function timeReports(dataSource: DataSource): Promise<void> {
  for (const interval of [GrowthInterval.DAY, GrowthInterval.WEEK, GrowthInterval.MONTH]) {
    const timing = await timeGrowthReport(dataSource, { days: 90, interval, runs: 5 });
    console.log(
      `90-day report by ${interval}: median ${Math.round(timing.medianMs)} ms (runs ${timing.runsMs.map(Math.round).join(', ')} ms); ${timing.report.totals.posts} posts, ${timing.report.totals.activeMembers} active members`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
