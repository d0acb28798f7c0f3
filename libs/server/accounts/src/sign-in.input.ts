import { AccountLimits } from '@boardwalk/contracts';
import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @MaxLength(AccountLimits.emailMaxLength, { message: 'email is too long.' })
  email!: string;

  @Field()
  @IsString()
  @MaxLength(AccountLimits.passwordMaxLength, { message: 'password is too long.' })
  password!: string;
}
