import { ConversationLimits } from '@boardwalk/contracts';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class StartThreadInput {
  @Field(() => ID)
  @IsString()
  boardId!: string;

  @Field()
  @Length(ConversationLimits.titleMinLength, ConversationLimits.titleMaxLength, {
    message: `title must be ${ConversationLimits.titleMinLength} to ${ConversationLimits.titleMaxLength} characters long.`,
  })
  title!: string;

  @Field({ description: 'Markdown.' })
  @MaxLength(ConversationLimits.bodyMaxLength, {
    message: `body must be at most ${ConversationLimits.bodyMaxLength} characters long.`,
  })
  body!: string;
}
