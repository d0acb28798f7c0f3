import { Connection } from '@boardwalk/server-core';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** What everyone but its author and moderators reads as the title of a hidden thread. */
export const HIDDEN_TITLE = '[hidden]';

@ObjectType('Thread', { description: 'A conversation in a board: a title and its posts.' })
export class Thread {
  @Field(() => ID)
  id!: string;

  /** Not a field as such: `title` is resolved per viewer (withheld while the thread is hidden). */
  title!: string;

  @Field({
    description:
      'True while its opening post is hidden by moderation; the title then reads "[hidden]" to everyone but its author, the board\'s moderators and admins.',
  })
  hidden!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  lastActivityAt!: Date;

  @Field(() => Int, { description: 'Posts after the opening one.' })
  replyCount!: number;

  @Field(() => Int, { description: 'Distinct people who posted, the author included.' })
  participantCount!: number;

  @Field(() => Date, { nullable: true, description: 'When staff first replied, if ever.' })
  firstStaffReplyAt!: Date | null;

  /** Not fields: read by resolvers through DataLoaders. */
  boardId!: string;
  authorId!: string;
  acceptedAnswerId!: string | null;
}

@ObjectType('ThreadConnection')
export class ThreadConnection extends Connection(Thread) {}
