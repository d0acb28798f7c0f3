import { PageArgs } from '@boardwalk/server-core';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { BoardOrder } from './board.model';

@ArgsType()
export class BoardsArgs extends PageArgs {
  @Field(() => BoardOrder, { nullable: true, defaultValue: BoardOrder.TRENDING })
  @IsOptional()
  @IsEnum(BoardOrder)
  orderBy?: BoardOrder | null;

  @Field(() => String, { nullable: true, description: 'Words to find in names and descriptions.' })
  @IsOptional()
  @MaxLength(100, { message: 'query must be at most 100 characters long.' })
  query?: string | null;
}
