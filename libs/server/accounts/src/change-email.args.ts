import { ArgsType, Field } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { IsAccountEmail } from './account-email.decorator';

@ArgsType()
export class ChangeEmailArgs {
  @Field({ description: 'The new address; the same rules as at sign-up.' })
  @IsAccountEmail()
  email!: string;

  @Field({ description: 'The current password, so a forgotten open session cannot take over.' })
  @IsString({ message: 'password must be a string.' })
  password!: string;
}
