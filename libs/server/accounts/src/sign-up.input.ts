import { AccountLimits } from '@boardwalk/contracts';
import { Field, InputType } from '@nestjs/graphql';
import { Length, Matches } from 'class-validator';
import { IsAccountEmail } from './account-email.decorator';

@InputType()
export class SignUpInput {
  @Field()
  @IsAccountEmail()
  email!: string;

  @Field({ description: `At least ${AccountLimits.passwordMinLength} characters.` })
  @Length(AccountLimits.passwordMinLength, AccountLimits.passwordMaxLength, {
    message: `password must be ${AccountLimits.passwordMinLength} to ${AccountLimits.passwordMaxLength} characters long.`,
  })
  password!: string;

  @Field({ description: '3 to 30 characters: lower-case letters, digits and underscores.' })
  @Matches(AccountLimits.handlePattern, {
    message: 'handle must be 3 to 30 characters: lower-case letters, digits and underscores.',
  })
  handle!: string;

  @Field()
  @Length(1, AccountLimits.displayNameMaxLength, {
    message: `displayName must be 1 to ${AccountLimits.displayNameMaxLength} characters long.`,
  })
  displayName!: string;
}
