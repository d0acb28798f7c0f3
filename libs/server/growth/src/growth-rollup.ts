import { AUTOMATIC_MODERATOR } from '@boardwalk/server-moderation';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, dayStart, utcDay } from './growth-days';

/** Serialises rollup runs across instances (any constant unique to this job). */
const ROLLUP_LOCK_KEY = 74_600_001;
/**
 * A day counts as complete only this long after it ended, so a post stamped just before
 * midnight but committed just after is still rolled up on the next run.
 */
const SETTLE_MS = 10 * 60 * 1000;

export interface RollupResult {
  /** First and last UTC day recomputed. */
  from: string;
  through: string;
  completedThrough: string;
}

/**
 * Brings the growth rollups up to date: recomputes every day after the last completed one
 * through today (so a run after downtime catches up all missed days), then the response facts of
 * every thread that got a post in those days or whose accepted answer changed. One transaction
 * under an advisory lock, each day replaced whole: repeated or concurrent runs give the same rows.
 * `rebuild` forgets the progress and recomputes from the first account ever created.
 */
export async function rollUpGrowth(
  dataSource: DataSource,
  options: { now?: Date; rebuild?: boolean } = {},
): Promise<RollupResult> {
  const now = options.now ?? new Date();
  const today = utcDay(now);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [ROLLUP_LOCK_KEY]);
    const from = await firstDayToRecompute(manager, today, options.rebuild === true);
    const end = addDays(today, 1);
    await recomputeDays(manager, from, end, options.rebuild === true);
    await recomputeThreads(manager, dayStart(from));
    const completedThrough = addDays(utcDay(new Date(now.getTime() - SETTLE_MS)), -1);
    await manager.query(
      `INSERT INTO growth_rollup_state (id, completed_through, refreshed_at) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET completed_through = EXCLUDED.completed_through,
                                      refreshed_at = EXCLUDED.refreshed_at`,
      [completedThrough < from ? addDays(from, -1) : completedThrough, now],
    );
    return { from, through: today, completedThrough };
  });
}

export interface RollupState {
  completedThrough: string | null;
  refreshedAt: Date | null;
}

export async function rollupState(db: DataSource | EntityManager): Promise<RollupState> {
  const rows: Array<{ completed_through: string | null; refreshed_at: Date }> = await db.query(
    `SELECT to_char(completed_through, 'YYYY-MM-DD') AS completed_through, refreshed_at
       FROM growth_rollup_state WHERE id = 1`,
  );
  return rows.length === 0
    ? { completedThrough: null, refreshedAt: null }
    : { completedThrough: rows[0].completed_through, refreshedAt: new Date(rows[0].refreshed_at) };
}

async function firstDayToRecompute(
  manager: EntityManager,
  today: string,
  rebuild: boolean,
): Promise<string> {
  if (!rebuild) {
    const { completedThrough } = await rollupState(manager);
    if (completedThrough !== null) {
      const next = addDays(completedThrough, 1);
      // A clock set back must still refresh today.
      return next < today ? next : today;
    }
  }
  const rows: Array<{ first: string | null }> = await manager.query(
    `SELECT to_char(min(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS first FROM users
      WHERE id <> $1`,
    [AUTOMATIC_MODERATOR.id],
  );
  const first = rows[0]?.first ?? null;
  return first !== null && first < today ? first : today;
}

/** Replaces the rows of the days in [from, end). */
async function recomputeDays(
  manager: EntityManager,
  from: string,
  end: string,
  rebuild: boolean,
): Promise<void> {
  const days = [from, end];
  const times = [dayStart(from), dayStart(end)];
  for (const table of [
    'growth_days',
    'growth_board_days',
    'growth_active_days',
    'growth_board_active_days',
  ]) {
    await manager.query(`DELETE FROM ${table} WHERE day >= $1::date AND day < $2::date`, days);
  }
  // The built-in automatic moderator is not a member.
  await manager.query(
    `INSERT INTO growth_days (day, new_members, new_boards, member_created_boards)
     SELECT d.day, coalesce(u.n, 0), coalesce(b.n, 0), coalesce(b.member_created, 0)
       FROM (SELECT generate_series($1::date, $2::date - 1, interval '1 day')::date AS day) d
       LEFT JOIN (SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n
                    FROM users WHERE created_at >= $3 AND created_at < $4 AND id <> $5
                   GROUP BY 1) u
              ON u.day = d.day
       LEFT JOIN (SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n,
                         count(*) FILTER (WHERE NOT official) AS member_created
                    FROM boards WHERE created_at >= $3 AND created_at < $4 GROUP BY 1) b
              ON b.day = d.day`,
    [...days, ...times, AUTOMATIC_MODERATOR.id],
  );
  // Staff status as it stands when the day is rolled up; completed days are not revisited, so
  // history keeps the status people had then.
  await manager.query(
    `INSERT INTO growth_board_days
       (day, board_id, official, posts, threads, member_to_member_replies, staff_replies, new_members)
     SELECT coalesce(p.day, j.day), b.id, b.official, coalesce(p.posts, 0), coalesce(p.threads, 0),
            coalesce(p.m2m, 0), coalesce(p.staff, 0), coalesce(j.joins, 0)
       FROM (SELECT (p.created_at AT TIME ZONE 'UTC')::date AS day, p.board_id,
                    count(*) AS posts,
                    count(*) FILTER (WHERE p.opening) AS threads,
                    count(*) FILTER (WHERE NOT p.opening AND NOT pu.is_staff AND NOT tu.is_staff
                                       AND p.author_id <> t.author_id) AS m2m,
                    count(*) FILTER (WHERE NOT p.opening AND pu.is_staff) AS staff
               FROM posts p
               JOIN users pu ON pu.id = p.author_id
               JOIN threads t ON t.id = p.thread_id
               JOIN users tu ON tu.id = t.author_id
              WHERE p.created_at >= $1 AND p.created_at < $2
              GROUP BY 1, 2) p
       FULL JOIN (SELECT (joined_at AT TIME ZONE 'UTC')::date AS day, board_id, count(*) AS joins
                    FROM board_members WHERE joined_at >= $1 AND joined_at < $2 GROUP BY 1, 2) j
              ON j.day = p.day AND j.board_id = p.board_id
       JOIN boards b ON b.id = coalesce(p.board_id, j.board_id)`,
    times,
  );
  await manager.query(
    `INSERT INTO growth_board_active_days (board_id, day, user_id, posts)
     SELECT board_id, (created_at AT TIME ZONE 'UTC')::date, author_id, count(*)
       FROM posts WHERE created_at >= $1 AND created_at < $2
      GROUP BY 1, 2, 3`,
    times,
  );
  await manager.query(
    `INSERT INTO growth_active_days (day, user_id)
     SELECT DISTINCT day, user_id FROM growth_board_active_days
      WHERE day >= $1::date AND day < $2::date`,
    days,
  );
  await manager.query(
    `UPDATE growth_days g SET active_members = a.n
       FROM (SELECT day, count(*) AS n FROM growth_active_days
              WHERE day >= $1::date AND day < $2::date GROUP BY day) a
      WHERE g.day = a.day`,
    days,
  );
  // Posting is never undone (deleted posts stay, emptied), so a day's bits are only ever added:
  // OR-ing them in again is idempotent. A rebuild starts the years it covers afresh.
  if (rebuild) {
    await manager.query(
      `DELETE FROM growth_active_years WHERE year >= extract(year FROM $1::date)`,
      [from],
    );
  }
  await manager.query(
    `INSERT INTO growth_active_years (year, user_id, days)
     SELECT extract(year FROM day)::smallint, user_id,
            bit_or(('1' || repeat('0', 365))::bit(366) >> (day - date_trunc('year', day::timestamp)::date))
       FROM growth_active_days WHERE day >= $1::date AND day < $2::date
      GROUP BY 1, 2
     ON CONFLICT (year, user_id) DO UPDATE SET days = growth_active_years.days | EXCLUDED.days`,
    days,
  );
}

/**
 * Refreshes the response facts of threads that got a post since `since` (a reply can answer an
 * old thread) and of threads whose accepted answer changed (accepting writes no post).
 */
async function recomputeThreads(manager: EntityManager, since: Date): Promise<void> {
  await manager.query(
    `WITH touched AS (
       SELECT DISTINCT thread_id FROM posts WHERE created_at >= $1
       UNION
       SELECT g.thread_id FROM growth_threads g JOIN threads t ON t.id = g.thread_id
        WHERE t.accepted_answer_id IS DISTINCT FROM g.accepted_answer_id
     )
     INSERT INTO growth_threads (thread_id, board_id, author_id, started_day, first_reply_minutes,
                                 first_staff_reply_minutes, accepted_answer_id, accepted_by_member)
     SELECT t.id, t.board_id, t.author_id, (t.created_at AT TIME ZONE 'UTC')::date,
            extract(epoch FROM fr.at - t.created_at) / 60,
            extract(epoch FROM t.first_staff_reply_at - t.created_at) / 60,
            t.accepted_answer_id,
            CASE WHEN au.id IS NULL THEN NULL ELSE NOT au.is_staff END
       FROM threads t
       JOIN touched ON touched.thread_id = t.id
       LEFT JOIN LATERAL (SELECT min(p.created_at) AS at FROM posts p
                           WHERE p.thread_id = t.id AND p.author_id <> t.author_id) fr ON true
       LEFT JOIN posts a ON a.id = t.accepted_answer_id
       LEFT JOIN users au ON au.id = a.author_id
     ON CONFLICT (thread_id) DO UPDATE SET
       first_reply_minutes = EXCLUDED.first_reply_minutes,
       first_staff_reply_minutes = EXCLUDED.first_staff_reply_minutes,
       accepted_answer_id = EXCLUDED.accepted_answer_id,
       accepted_by_member = EXCLUDED.accepted_by_member`,
    [since],
  );
}
