import { Connection } from '@boardwalk/server-core';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Post', { description: 'One message in a thread.' })
export class Post {
  @Field(() => ID)
  id!: string;

  /** Not fields: `body` and `bodyHtml` are resolved per viewer (hidden posts). */
  body!: string;
  bodyHtml!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field({ description: 'Hidden by a moderator.' })
  hidden!: boolean;

  @Field({ description: 'Deleted by its author; shown as "deleted".' })
  deleted!: boolean;

  /** Not fields: read by resolvers through DataLoaders. */
  threadId!: string;
  boardId!: string;
  authorId!: string;
  replyToId!: string | null;
}

@ObjectType('PostConnection')
export class PostConnection extends Connection(Post) {}
