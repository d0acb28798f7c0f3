import { Board } from '@boardwalk/server-boards';
import { ConnectionShape, PageArgs } from '@boardwalk/server-core';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConversationsService } from './conversations.service';
import { Thread, ThreadConnection } from './thread.model';

/** Adds `Board.threads`: the boards lib knows nothing of conversations. */
@Resolver(() => Board)
export class BoardThreadsResolver {
  constructor(private readonly conversations: ConversationsService) {}

  @ResolveField(() => ThreadConnection, { description: 'Most recently active first.' })
  threads(@Parent() board: Board, @Args() page: PageArgs): Promise<ConnectionShape<Thread>> {
    return this.conversations.threadsOfBoard(board.id, page);
  }
}
