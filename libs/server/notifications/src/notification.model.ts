import { Connection } from '@boardwalk/server-core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NotificationKindValue {
  MENTION = 'MENTION',
  THREAD_REPLY = 'THREAD_REPLY',
  POST_REPLY = 'POST_REPLY',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
}

registerEnumType(NotificationKindValue, {
  name: 'NotificationKind',
  description: 'Why the viewer was notified.',
});

@ObjectType('Notification')
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindValue)
  kind!: NotificationKindValue;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  /** Not fields: resolved through DataLoaders. */
  userId!: string;
  actorId!: string | null;
  threadId!: string | null;
  postId!: string | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends Connection(Notification) {}
