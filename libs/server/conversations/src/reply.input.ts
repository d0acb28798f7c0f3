import { ConversationLimits } from '@boardwalk/contracts';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class ReplyInput {
  @Field(() => ID)
  @IsString()
  threadId!: string;

  @Field({ description: 'Markdown.' })
  @MaxLength(ConversationLimits.bodyMaxLength, {
    message: `body must be at most ${ConversationLimits.bodyMaxLength} characters long.`,
  })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The post in the same thread this answers.' })
  @IsOptional()
  @IsString()
  replyToPostId?: string | null;
}
