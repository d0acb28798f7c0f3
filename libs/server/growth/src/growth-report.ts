import type { DataSource, EntityManager } from 'typeorm';
import { addDays, dayStart, daysBetween } from './growth-days';
import { GrowthInterval, GrowthRange, bucketSql, growthBuckets } from './growth-range';
import { share } from './growth-figures';
import type { BoardGrowth, GrowthPoint, GrowthReport } from './growth-report.model';

export const TOP_BOARDS = 10;

type Db = DataSource | EntityManager;
type Row = Record<string, unknown>;

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const numOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/**
 * The growth report of a range, read from the daily rollups only (never from posts): one
 * grouped statement per rollup table, each giving every bucket and the total (GROUPING SETS).
 * Callable with a bare DataSource, e.g. by a benchmark.
 */
export async function buildGrowthReport(db: Db, range: GrowthRange): Promise<GrowthReport> {
  const bucket = bucketSql('day', range.interval, '$1');
  const startedBucket = bucketSql('started_day', range.interval, '$1');
  const params = [range.from, range.to];
  // Buckets and total as two statements run side by side: on PostgreSQL that beats one
  // GROUPING SETS statement, which sorts for the medians once per grouping.
  const grouped = async (select: string, from: string, where: string, bucketExpr: string) => {
    const [buckets, total]: Row[][] = await Promise.all([
      db.query(
        `SELECT to_char(${bucketExpr}, 'YYYY-MM-DD') AS bucket, ${select}
           FROM ${from} WHERE ${where} GROUP BY 1`,
        params,
      ),
      db.query(`SELECT NULL AS bucket, ${select} FROM ${from} WHERE ${where}`, params),
    ]);
    return [...buckets, ...total];
  };
  const inRange = 'day >= $1::date AND day < $2::date';
  const [days, boardDays, active, threads, topBoards] = await Promise.all([
    grouped(
      `sum(new_members) AS new_members, sum(new_boards) AS new_boards,
       sum(member_created_boards) AS member_created_boards, sum(active_members) AS active`,
      'growth_days',
      inRange,
      bucket,
    ),
    grouped(
      `sum(posts) AS posts, sum(threads) AS threads,
       sum(member_to_member_replies) AS m2m, sum(staff_replies) AS staff_replies,
       sum(posts) FILTER (WHERE NOT official) AS member_board_posts`,
      'growth_board_days',
      inRange,
      bucket,
    ),
    activeMembers(db, range),
    grouped(
      `count(*) FILTER (WHERE first_reply_minutes IS NULL) AS unanswered,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY first_reply_minutes) AS median_first,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY first_staff_reply_minutes) AS median_staff,
       count(accepted_by_member) AS accepted,
       count(*) FILTER (WHERE accepted_by_member) AS accepted_by_member`,
      'growth_threads',
      'started_day >= $1::date AND started_day < $2::date',
      startedBucket,
    ),
    topBoardsOf(db, range),
  ]);
  const byBucket = (rows: Row[]) =>
    new Map(rows.map((row) => [(row['bucket'] as string | null) ?? 'total', row]));
  const sources = [days, boardDays, active, threads].map(byBucket);
  const point = (key: string, start: string, end: string): GrowthPoint => {
    const [day, board, act, thread] = sources.map((source) => source.get(key) ?? {});
    const posts = num(board['posts']);
    return {
      start: dayStart(start),
      end: dayStart(end),
      newMembers: num(day['new_members']),
      // A day's distinct posters are stored with the day; longer buckets count people once.
      activeMembers: num(
        (range.interval === GrowthInterval.DAY && key !== 'total' ? day : act)['active'],
      ),
      newBoards: num(day['new_boards']),
      memberCreatedBoards: num(day['member_created_boards']),
      threads: num(board['threads']),
      posts,
      memberToMemberReplies: num(board['m2m']),
      staffReplies: num(board['staff_replies']),
      unansweredThreads: num(thread['unanswered']),
      medianFirstResponseMinutes: numOrNull(thread['median_first']),
      medianFirstStaffReplyMinutes: numOrNull(thread['median_staff']),
      memberBoardPostShare: share(num(board['member_board_posts']), posts),
      memberAnswerShare: share(num(thread['accepted_by_member']), num(thread['accepted'])),
    };
  };
  return {
    from: dayStart(range.from),
    to: dayStart(range.to),
    interval: range.interval,
    points: growthBuckets(range).map(({ start, end }) => point(start, start, end)),
    totals: point('total', range.from, range.to),
    topBoards,
  };
}

async function topBoardsOf(db: Db, range: GrowthRange): Promise<BoardGrowth[]> {
  const top: Row[] = await db.query(
    `SELECT board_id, sum(posts) AS posts, sum(new_members) AS new_members
       FROM growth_board_days WHERE day >= $1::date AND day < $2::date
      GROUP BY board_id ORDER BY sum(posts) DESC, board_id LIMIT ${TOP_BOARDS}`,
    [range.from, range.to],
  );
  if (top.length === 0) return [];
  const ids = top.map((row) => row['board_id'] as string);
  const [active, coverage]: Row[][] = await Promise.all([
    db.query(
      `SELECT board_id, count(DISTINCT user_id) AS active FROM growth_board_active_days
        WHERE board_id = ANY($3::uuid[]) AND day >= $1::date AND day < $2::date
        GROUP BY board_id`,
      [range.from, range.to, ids],
    ),
    db.query(
      `SELECT board_id, count(*) AS threads,
              count(first_staff_reply_minutes) AS with_staff
         FROM growth_threads
        WHERE board_id = ANY($3::uuid[]) AND started_day >= $1::date AND started_day < $2::date
        GROUP BY board_id`,
      [range.from, range.to, ids],
    ),
  ]);
  const activeOf = new Map(active.map((row) => [row['board_id'], num(row['active'])]));
  const coverageOf = new Map(coverage.map((row) => [row['board_id'], row]));
  return top.map((row) => {
    const threads = coverageOf.get(row['board_id']);
    return {
      boardId: row['board_id'] as string,
      posts: num(row['posts']),
      newMembers: num(row['new_members']),
      activeMembers: activeOf.get(row['board_id']) ?? 0,
      staffCoverage: threads ? share(num(threads['with_staff']), num(threads['threads'])) : null,
    };
  });
}

/**
 * Distinct people who posted in each bucket (not needed by day: growth_days has those) and in
 * the whole range, from the yearly bitmaps: one pass over one row per person and year, with a
 * bit test per bucket. A person has a row per year, so ranges across a new year OR them first.
 */
async function activeMembers(db: Db, range: GrowthRange): Promise<Row[]> {
  const spans = [
    ...(range.interval === GrowthInterval.DAY ? [] : growthBuckets(range)),
    { start: range.from, end: range.to },
  ];
  const firstYear = Number(range.from.slice(0, 4));
  const lastYear = Number(addDays(range.to, -1).slice(0, 4));
  const hit = (span: { start: string; end: string }) => {
    const cases: string[] = [];
    for (let year = firstYear; year <= lastYear; year += 1) {
      const start = span.start > `${year}-01-01` ? span.start : `${year}-01-01`;
      const end = span.end < `${year + 1}-01-01` ? span.end : `${year + 1}-01-01`;
      if (start >= end) continue;
      const offset = daysBetween(`${year}-01-01`, start) + 1;
      cases.push(
        `WHEN ${year} THEN position(B'1' IN substring(days FROM ${offset} FOR ${daysBetween(start, end)})) > 0`,
      );
    }
    return cases.length === 0 ? 'false' : `CASE year ${cases.join(' ')} ELSE false END`;
  };
  const hits = spans.map((span, index) => `${hit(span)} AS h${index}`);
  const counts = spans.map((_span, index) => `count(*) FILTER (WHERE h${index}) AS c${index}`);
  const perPerson =
    firstYear === lastYear
      ? `SELECT ${hits.join(', ')} FROM growth_active_years WHERE year = ${firstYear}`
      : `SELECT ${spans.map((_span, index) => `bool_or(h${index}) AS h${index}`).join(', ')}
           FROM (SELECT user_id, ${hits.join(', ')} FROM growth_active_years
                  WHERE year BETWEEN ${firstYear} AND ${lastYear}) y
          GROUP BY user_id`;
  const [row]: Row[] = await db.query(`SELECT ${counts.join(', ')} FROM (${perPerson}) x`);
  return spans.map((span, index) => ({
    bucket: index === spans.length - 1 ? null : span.start,
    active: row?.[`c${index}`] ?? 0,
  }));
}
