import { Connection } from '@boardwalk/server-core';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Thread', { description: 'A conversation in a board: a title and its posts.' })
export class Thread {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

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
