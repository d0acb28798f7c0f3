import { Field, ObjectType } from '@nestjs/graphql';
import { User } from './user.model';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Session token: send it as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => User)
  user!: User;
}
