import type { BoardHealth } from './growth-report.model';

/** A figure drawn from fewer people than this is withheld (null), so no one can be singled out. */
export const HEALTH_MIN_PEOPLE = 5;

/** `part` of `whole` as a share from 0 to 1; null when there is no whole to share. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The figure, or null when fewer than HEALTH_MIN_PEOPLE people make it up. */
export function unlessTooFew<T>(people: number, figure: T): T | null {
  return people >= HEALTH_MIN_PEOPLE ? figure : null;
}

/** What a board's health is computed from, as counted by the rollup queries. */
export interface BoardHealthCounts {
  /** People who joined in the range (still members), and how many of them posted since. */
  joined: number;
  joinedThenPosted: number;
  /** Threads started in the range, their distinct authors, and how many of them got... */
  threads: number;
  threadAuthors: number;
  /** ...a reply by someone other than the author within 24 hours, */
  repliedWithin24h: number;
  /** ...a staff reply. */
  staffReplied: number;
  /** Distinct people who posted, their posts, and the posts of the 3 most active of them. */
  posters: number;
  posts: number;
  topThreePosts: number;
}

/**
 * A board's health figures. Each is drawn from a set of people and withheld below the threshold:
 * new members from the joiners, thread figures from the threads' authors, concentration from
 * everyone who posted.
 */
export function boardHealthFigures(counts: BoardHealthCounts): BoardHealth {
  return {
    newMembers: unlessTooFew(counts.joined, counts.joined),
    joinToFirstPostRate: unlessTooFew(counts.joined, share(counts.joinedThenPosted, counts.joined)),
    repliedWithin24hShare: unlessTooFew(
      counts.threadAuthors,
      share(counts.repliedWithin24h, counts.threads),
    ),
    staffCoverage: unlessTooFew(counts.threadAuthors, share(counts.staffReplied, counts.threads)),
    topThreePostersShare: unlessTooFew(counts.posters, share(counts.topThreePosts, counts.posts)),
  };
}
