import { AccountLimits } from '@boardwalk/contracts';
import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, AccountLimits.displayNameMaxLength, {
    message: `displayName must be 1 to ${AccountLimits.displayNameMaxLength} characters long.`,
  })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(AccountLimits.bioMaxLength, {
    message: `bio must be at most ${AccountLimits.bioMaxLength} characters long.`,
  })
  bio?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Staff only; an empty string removes the title.',
  })
  @IsOptional()
  @MaxLength(AccountLimits.staffTitleMaxLength, {
    message: `staffTitle must be at most ${AccountLimits.staffTitleMaxLength} characters long.`,
  })
  staffTitle?: string | null;
}
