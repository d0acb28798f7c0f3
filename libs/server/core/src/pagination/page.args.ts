import { PageLimits } from '@boardwalk/contracts';
import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';

// The global ValidationPipe whitelists decorated properties only; @IsOptional() keeps `first`
// and `after`, which keysetPage() validates itself.

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: 1 to ${PageLimits.maxFirst}, default ${PageLimits.defaultFirst}.`,
  })
  @IsOptional()
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  after?: string | null;
}
