import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional } from 'class-validator';
import { GrowthInterval } from './growth-range';

registerEnumType(GrowthInterval, {
  name: 'GrowthInterval',
  description: 'Bucket size of a growth report, in UTC.',
  valuesMap: {
    DAY: { description: 'One bucket per UTC day.' },
    WEEK: { description: 'ISO weeks, starting on Monday.' },
    MONTH: { description: 'Calendar months.' },
  },
});

@InputType({
  description:
    'A report range, widened to whole UTC days: `from` inclusive, `to` exclusive, at most two years.',
})
export class GrowthRangeInput {
  @Field()
  @IsDate()
  from!: Date;

  @Field()
  @IsDate()
  to!: Date;

  // Nullable as the contract has it: an explicit null means the default, as leaving it out does.
  @Field(() => GrowthInterval, { nullable: true, defaultValue: GrowthInterval.DAY })
  @IsOptional()
  @IsEnum(GrowthInterval)
  interval?: GrowthInterval | null;
}

@ObjectType('GrowthPoint', {
  description:
    'Real conversation in one bucket (or in the whole range, for totals). Threads and their response times belong to the bucket the thread started in.',
})
export class GrowthPoint {
  @Field({ description: 'Start of the bucket (UTC midnight), inclusive.' })
  start!: Date;

  @Field({ description: 'End of the bucket, exclusive.' })
  end!: Date;

  @Field(() => Int, { description: 'Accounts created (staff included).' })
  newMembers!: number;

  @Field(() => Int, {
    description: 'Distinct people who posted (opened a thread or replied) in the bucket.',
  })
  activeMembers!: number;

  @Field(() => Int, {
    description:
      'Boards created in the bucket, by members and staff alike (official ones included).',
  })
  newBoards!: number;

  @Field(() => Int, { description: 'New boards created by members rather than staff.' })
  memberCreatedBoards!: number;

  @Field(() => Int, { description: 'Threads started.' })
  threads!: number;

  @Field(() => Int, { description: 'Posts written, opening posts included.' })
  posts!: number;

  @Field(() => Int, {
    description: 'Replies by a non-staff person in a thread started by another non-staff person.',
  })
  memberToMemberReplies!: number;

  @Field(() => Int, { description: 'Replies by staff.' })
  staffReplies!: number;

  @Field(() => Int, {
    description:
      'Threads started in the bucket that nobody but their author has replied to (as of now).',
  })
  unansweredThreads!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median minutes from a thread opening to the first reply by someone other than its author, over the threads started in the bucket that have one; null if none.',
  })
  medianFirstResponseMinutes!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Median minutes from a thread opening to its first staff reply (the thread's firstStaffReplyAt), over the threads started in the bucket that have one; null if none.",
  })
  medianFirstStaffReplyMinutes!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0 to 1) of the posts written on member-created (non-official) boards; null without posts.',
  })
  memberBoardPostShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Of the threads started in the bucket with an accepted answer, the share (0 to 1) whose answer came from a member rather than staff; null without accepted answers.',
  })
  memberAnswerShare!: number | null;
}

@ObjectType('BoardGrowth', { description: 'One of the boards with the most posts in the range.' })
export class BoardGrowth {
  @Field(() => Int, { description: 'Posts written in the board, opening posts included.' })
  posts!: number;

  @Field(() => Int, { description: 'Distinct people who posted in the board.' })
  activeMembers!: number;

  @Field(() => Int, { description: 'People who joined the board (and are still members).' })
  newMembers!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0 to 1) of the threads started in the board that have a staff reply; null without threads.',
  })
  staffCoverage!: number | null;

  /** Not a field: `board` is loaded through the boards DataLoader. */
  boardId!: string;
}

@ObjectType('GrowthReport', { description: 'How the community grows, by real conversation.' })
export class GrowthReport {
  @Field({ description: 'Start of the range (UTC midnight), inclusive.' })
  from!: Date;

  @Field({ description: 'End of the range (UTC midnight), exclusive.' })
  to!: Date;

  @Field(() => GrowthInterval, {
    description:
      'Bucket size of `points`: UTC days, ISO weeks (from Monday) or calendar months; the first and last buckets are cut to the range.',
  })
  interval!: GrowthInterval;

  @Field(() => [GrowthPoint], { description: 'One point per bucket, oldest first.' })
  points!: GrowthPoint[];

  @Field(() => GrowthPoint, { description: 'The whole range as one bucket.' })
  totals!: GrowthPoint;

  @Field(() => [BoardGrowth], { description: 'Up to 10 boards with the most posts, most first.' })
  topBoards!: BoardGrowth[];
}

@ObjectType('BoardHealth', {
  description:
    'How a board welcomes and answers people. A figure drawn from fewer than 5 people is null, so no one can be singled out.',
})
export class BoardHealth {
  @Field(() => Int, {
    nullable: true,
    description: 'People who joined in the range and are still members.',
  })
  newMembers!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0 to 1) of the new members who have posted in the board since joining.',
  })
  joinToFirstPostRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0 to 1) of the threads started in the range that someone other than the author replied to within 24 hours (drawn from the threads’ authors).',
  })
  repliedWithin24hShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Staff coverage: share (0 to 1) of the threads started in the range that have a staff reply (drawn from the threads’ authors).',
  })
  staffCoverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0 to 1) of the posts in the range written by the 3 most active posters (drawn from everyone who posted).',
  })
  topThreePostersShare!: number | null;
}
