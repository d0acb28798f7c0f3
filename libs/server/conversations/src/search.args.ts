import { ConversationLimits } from '@boardwalk/contracts';
import { PageArgs } from '@boardwalk/server-core';
import { ArgsType, Field } from '@nestjs/graphql';
import { Length } from 'class-validator';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'Words, "quoted phrases", -excluded words.' })
  @Length(1, ConversationLimits.searchQueryMaxLength, {
    message: `query must be 1 to ${ConversationLimits.searchQueryMaxLength} characters long.`,
  })
  query!: string;
}
