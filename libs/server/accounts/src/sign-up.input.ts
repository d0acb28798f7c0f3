import { AccountLimits } from '@boardwalk/contracts';
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class SignUpInput {
  @Field()
  @MaxLength(AccountLimits.emailMaxLength, { message: 'email is too long.' })
  @IsEmail({}, { message: 'email is not a valid email address.' })
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
