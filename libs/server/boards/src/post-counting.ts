import { TrendingWeights, addTrendingSql, trendingTerm } from './trending';

const DAY_MS = 24 * 3600 * 1000;

/** The CTE of `PostCounting.ctes` that returns the board's new `seq` (one row, or none). */
export const POST_COUNTED_CTE = 'board_post_counted';

/** What a post changes in its board: when, and whether it opens a thread. */
export interface CountedPost {
  at: Date;
  /** True for the opening post of a new thread. */
  startsThread: boolean;
}

/**
 * Lets another lib's statement count a post in its board in the same statement, so that storing
 * a reply is one round trip to the database, not a transaction of four. The tables and what the
 * counters mean stay this lib's: the caller places `ctes` in its WITH list and reads `seq` from
 * `POST_COUNTED_CTE`; see BoardsService.postCounting.
 */
export interface PostCounting {
  /**
   * CTEs, comma-separated, to follow the caller's own: they read the board from the caller's
   * CTE named by `source` (a `board_id` column, one row or none: none counts nothing) and the
   * poster from the caller's `userId` expression. Locks follow LOCK ORDER (members, contributors,
   * boards), taken only once `source` has run: the caller's own locks come first.
   */
  readonly ctes: string;
  /** The values of the parameters `ctes` numbers from `firstParameter` on. */
  values(post: CountedPost): unknown[];
}

/**
 * Builds the fragment. Its text depends only on where it is placed (names and numbering), so a
 * caller builds it once and its statement can be prepared by name.
 */
export function postCounting(
  source: string,
  userId: string,
  firstParameter: number,
  incubationMembers: number,
): PostCounting {
  const [at, dayBefore, threads, term, freshTerm, incubation] = [0, 1, 2, 3, 4, 5].map(
    (offset) => `$${firstParameter + offset}`,
  );
  // The subqueries of `board_post_counts` run left to right and `board_post_joined` runs
  // `board_post_fresh` first, so the member row is locked before the contributor row; the board
  // row is locked only once the counts are known (LOCK ORDER in boards.service.ts).
  const ctes = `board_post_member AS (
       UPDATE board_members m SET last_active_at = ${at} FROM ${source} s
        WHERE m.board_id = s.board_id AND m.user_id = ${userId}
       RETURNING m.user_id
     ), board_post_fresh AS (
       UPDATE board_contributors c SET last_posted_at = ${at} FROM ${source} s
        WHERE c.board_id = s.board_id AND c.user_id = ${userId}
          AND (c.last_posted_at IS NULL OR c.last_posted_at < ${dayBefore})
       RETURNING c.user_id
     ), board_post_joined AS (
       INSERT INTO board_contributors (board_id, user_id, last_posted_at)
       SELECT s.board_id, ${userId}, ${at} FROM ${source} s
        WHERE NOT EXISTS (SELECT 1 FROM board_post_fresh)
       ON CONFLICT (board_id, user_id) DO NOTHING RETURNING user_id
     ), board_post_counts AS MATERIALIZED (
       SELECT (SELECT count(*) FROM board_post_member) AS members,
              (SELECT count(*) FROM board_post_joined)::int AS joined,
              (SELECT count(*) FROM board_post_fresh)::int AS fresh
     ), ${POST_COUNTED_CTE} AS (
       UPDATE boards b SET
         thread_count = b.thread_count + ${threads},
         post_count = b.post_count + 1,
         last_activity_at = GREATEST(b.last_activity_at, ${at}),
         contributor_count = b.contributor_count + counts.joined,
         incubating = b.incubating AND b.contributor_count + counts.joined < ${incubation},
         trending_score = ${addTrendingSql(
           'b.trending_score',
           `(CASE WHEN counts.joined + counts.fresh > 0 THEN ${freshTerm} ELSE ${term} END)::double precision`,
         )},
         seq = b.seq + 1
       FROM board_post_counts counts, ${source} s
       WHERE b.id = s.board_id AND counts.members >= 0
       RETURNING b.seq
     )`;
  return {
    ctes,
    values(post: CountedPost): unknown[] {
      const base = post.startsThread ? TrendingWeights.thread : TrendingWeights.post;
      return [
        post.at,
        new Date(post.at.getTime() - DAY_MS),
        post.startsThread ? 1 : 0,
        trendingTerm(base, post.at),
        trendingTerm(base + TrendingWeights.freshPoster, post.at),
        incubationMembers,
      ];
    },
  };
}
