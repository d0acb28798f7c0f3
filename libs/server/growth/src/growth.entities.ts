import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Daily rollups read by the growth reports, so a report never scans posts. Rebuilt from the
 * other libs' tables by the rollup job (growth-rollup.ts); nothing else writes them.
 */

/** Community-wide counts of one UTC day; a row exists for every day the job has rolled up. */
@Entity('growth_days')
export class GrowthDayEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'integer', default: 0 })
  newMembers!: number;

  @Column({ type: 'integer', default: 0 })
  newBoards!: number;

  /** New boards created by members rather than staff (not official). */
  @Column({ type: 'integer', default: 0 })
  memberCreatedBoards!: number;

  /** Distinct people who posted that day. */
  @Column({ type: 'integer', default: 0 })
  activeMembers!: number;
}

/** Additive counts of one board on one UTC day (only boards with activity or joins that day). */
@Entity('growth_board_days')
@Index(['boardId', 'day'])
export class GrowthBoardDayEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'uuid' })
  boardId!: string;

  /** Copied from the board: posts on member-created boards are the ones on non-official boards. */
  @Column({ type: 'boolean' })
  official!: boolean;

  /** Every post written that day, opening posts included. */
  @Column({ type: 'integer', default: 0 })
  posts!: number;

  @Column({ type: 'integer', default: 0 })
  threads!: number;

  @Column({ type: 'integer', default: 0 })
  memberToMemberReplies!: number;

  @Column({ type: 'integer', default: 0 })
  staffReplies!: number;

  /** People who joined the board that day and are still members. */
  @Column({ type: 'integer', default: 0 })
  newMembers!: number;
}

/** One row per person who posted on a UTC day: distinct active members over any range. */
@Entity('growth_active_days')
export class GrowthActiveDayEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;
}

/**
 * The days of one year on which a person posted, as a bitmap (bit 1 is January 1st): distinct
 * active people over any range is one pass over one narrow row per person and year, however many
 * days the range spans.
 */
@Entity('growth_active_years')
export class GrowthActiveYearEntity {
  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'bit', length: 366 })
  days!: string;
}

/** One row per person who posted in a board on a UTC day, with how many posts. */
@Entity('growth_board_active_days')
export class GrowthBoardActiveDayEntity {
  @PrimaryColumn({ type: 'uuid' })
  boardId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'integer' })
  posts!: number;
}

/** Response facts of one thread, kept current while the thread gets replies. */
@Entity('growth_threads')
@Index(['startedDay'])
@Index(['boardId', 'startedDay'])
export class GrowthThreadEntity {
  @PrimaryColumn({ type: 'uuid' })
  threadId!: string;

  @Column({ type: 'uuid' })
  boardId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'date' })
  startedDay!: string;

  /** Minutes from the opening post to the first reply by anyone but the author; null if none. */
  @Column({ type: 'double precision', nullable: true })
  firstReplyMinutes!: number | null;

  /** Minutes to the thread's `firstStaffReplyAt`; null if staff never replied. */
  @Column({ type: 'double precision', nullable: true })
  firstStaffReplyMinutes!: number | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedAnswerId!: string | null;

  /** Whether the accepted answer's author is a member rather than staff; null without one. */
  @Column({ type: 'boolean', nullable: true })
  acceptedByMember!: boolean | null;
}

/** Where the rollup job stands; a single row (id 1). */
@Entity('growth_rollup_state')
export class GrowthRollupStateEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  /** Last UTC day rolled up after it ended; later days are recomputed on every run. */
  @Column({ type: 'date', nullable: true })
  completedThrough!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  refreshedAt!: Date;
}

export const GROWTH_ENTITIES = [
  GrowthDayEntity,
  GrowthBoardDayEntity,
  GrowthActiveDayEntity,
  GrowthActiveYearEntity,
  GrowthBoardActiveDayEntity,
  GrowthThreadEntity,
  GrowthRollupStateEntity,
];
