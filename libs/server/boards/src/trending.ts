/**
 * The trending score is a sum of activity weights, each decaying with a half-life of two days.
 * Stored as the logarithm of that sum scaled to a fixed epoch, it only ever needs an update on
 * write (log-sum-exp with the new weight) and orders boards correctly on read without decaying
 * every row: all scores shrink by the same factor as time passes.
 */
const HALF_LIFE_SECONDS = 2 * 24 * 3600;
const EPOCH_MS = Date.UTC(2025, 0, 1);

export const TrendingWeights = {
  created: 1,
  joined: 1,
  post: 1,
  thread: 2,
  /** Extra weight for a poster not seen in the board during the last day: people over volume. */
  freshPoster: 3,
} as const;

/** The log-space score of one weight at one moment. */
export function trendingTerm(weight: number, at: Date): number {
  return Math.log(weight) + ((at.getTime() - EPOCH_MS) / 1000 / HALF_LIFE_SECONDS) * Math.LN2;
}

/**
 * SQL that adds the term `$param` to the log-space score in `column`: max + ln(1 + e^-|a-b|),
 * skipping the exponential when it would underflow (PostgreSQL raises an error on underflow).
 */
export function addTrendingSql(column: string, param: string): string {
  return `GREATEST(${column}, ${param}) + CASE WHEN abs(${column} - ${param}) > 40 THEN 0 ELSE ln(1 + exp(-abs(${column} - ${param}))) END`;
}
