import { BoardLimits } from '@boardwalk/contracts';
import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class CreateBoardInput {
  @Field()
  @Length(BoardLimits.nameMinLength, BoardLimits.nameMaxLength, {
    message: `name must be ${BoardLimits.nameMinLength} to ${BoardLimits.nameMaxLength} characters long.`,
  })
  name!: string;

  @Field({ defaultValue: '' })
  @MaxLength(BoardLimits.descriptionMaxLength, {
    message: `description must be at most ${BoardLimits.descriptionMaxLength} characters long.`,
  })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Lower-case letters and digits in dash-separated words; derived from the name if left out.',
  })
  @IsOptional()
  @MaxLength(BoardLimits.slugMaxLength, {
    message: `slug must be at most ${BoardLimits.slugMaxLength} characters long.`,
  })
  @Matches(BoardLimits.slugPattern, {
    message: 'slug must be lower-case letters and digits in dash-separated words.',
  })
  slug?: string | null;
}
