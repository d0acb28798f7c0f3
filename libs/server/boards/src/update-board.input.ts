import { BoardLimits } from '@boardwalk/contracts';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Length, MaxLength } from 'class-validator';

@InputType()
export class UpdateBoardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'boardId is not a valid id.' })
  boardId!: string;

  @Field(() => String, { nullable: true, description: 'The slug stays, so links keep working.' })
  @IsOptional()
  @Length(BoardLimits.nameMinLength, BoardLimits.nameMaxLength, {
    message: `name must be ${BoardLimits.nameMinLength} to ${BoardLimits.nameMaxLength} characters long.`,
  })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(BoardLimits.descriptionMaxLength, {
    message: `description must be at most ${BoardLimits.descriptionMaxLength} characters long.`,
  })
  description?: string | null;
}
