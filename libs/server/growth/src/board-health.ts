import type { DataSource, EntityManager } from 'typeorm';
import { dayStart } from './growth-days';
import { boardHealthFigures } from './growth-figures';
import type { GrowthRange } from './growth-range';
import type { BoardHealth } from './growth-report.model';

export { HEALTH_MIN_PEOPLE } from './growth-figures';

const DAY_MINUTES = 24 * 60;

type Row = Record<string, unknown>;
const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** A board's health over a range; each figure is null when fewer than 5 people make it up. */
export async function buildBoardHealth(
  db: DataSource | EntityManager,
  boardId: string,
  range: GrowthRange,
): Promise<BoardHealth> {
  const from = dayStart(range.from);
  const to = dayStart(range.to);
  const [joins, threads, posters]: Row[][] = await Promise.all([
    // "Since joining": people may post in a board before they join it.
    db.query(
      `SELECT count(*) AS joined,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM posts p
                 WHERE p.author_id = m.user_id AND p.board_id = m.board_id
                   AND p.created_at >= m.joined_at)) AS posted
         FROM board_members m
        WHERE m.board_id = $1 AND m.joined_at >= $2 AND m.joined_at < $3`,
      [boardId, from, to],
    ),
    db.query(
      `SELECT count(*) AS threads, count(DISTINCT author_id) AS authors,
              count(*) FILTER (WHERE first_reply_minutes <= ${DAY_MINUTES}) AS replied,
              count(first_staff_reply_minutes) AS staff_replied
         FROM growth_threads
        WHERE board_id = $1 AND started_day >= $2::date AND started_day < $3::date`,
      [boardId, range.from, range.to],
    ),
    db.query(
      `SELECT count(*) AS people, coalesce(sum(posts), 0) AS posts,
              coalesce(sum(posts) FILTER (WHERE rank <= 3), 0) AS top_posts
         FROM (SELECT sum(posts) AS posts, row_number() OVER (ORDER BY sum(posts) DESC) AS rank
                 FROM growth_board_active_days
                WHERE board_id = $1 AND day >= $2::date AND day < $3::date
                GROUP BY user_id) per_person`,
      [boardId, range.from, range.to],
    ),
  ]);
  const thread = threads[0] ?? {};
  const poster = posters[0] ?? {};
  return boardHealthFigures({
    joined: num(joins[0]?.['joined']),
    joinedThenPosted: num(joins[0]?.['posted']),
    threads: num(thread['threads']),
    threadAuthors: num(thread['authors']),
    repliedWithin24h: num(thread['replied']),
    staffReplied: num(thread['staff_replied']),
    posters: num(poster['people']),
    posts: num(poster['posts']),
    topThreePosts: num(poster['top_posts']),
  });
}
