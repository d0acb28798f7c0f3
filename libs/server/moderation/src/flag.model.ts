import { Connection } from '@boardwalk/server-core';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Flag', {
  description: "A member's report of a post, seen by the board's moderators and admins.",
})
export class Flag {
  @Field(() => ID)
  id!: string;

  @Field()
  reason!: string;

  @Field()
  createdAt!: Date;

  /** Not fields: resolved through DataLoaders. */
  postId!: string;
  boardId!: string;
  userId!: string;
}

@ObjectType('FlagConnection')
export class FlagConnection extends Connection(Flag) {}
