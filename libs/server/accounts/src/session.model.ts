import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session', { description: 'A signed-in device of the viewer.' })
export class Session {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  lastSeenAt!: Date;

  @Field({ description: 'True for the session this request is made with.' })
  current!: boolean;
}
