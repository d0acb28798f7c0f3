import { AccountsService } from '@boardwalk/server-accounts';
import { Board } from '@boardwalk/server-boards';
import {
  ConnectionShape,
  Loaders,
  PageArgs,
  RequestLoaders,
  selectsPath,
} from '@boardwalk/server-core';
import { Args, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { THREAD_PAGE_AUTHORS } from './board-threads.companion';
import { ConversationsService } from './conversations.service';
import { Thread, ThreadConnection } from './thread.model';

/** Adds `Board.threads`: the boards lib knows nothing of conversations. */
@Resolver(() => Board)
export class BoardThreadsResolver {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => ThreadConnection, { description: 'Most recently active first.' })
  async threads(
    @Parent() board: Board,
    @Args() page: PageArgs,
    @Loaders() loaders: RequestLoaders,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Thread>> {
    // The page's authors come with its threads, in the same statement, when the query asks for
    // them: each Thread.author then answers from the request's loader at once.
    return this.conversations.threadsOfBoard(
      board.id,
      page,
      loaders,
      selectsPath(info, THREAD_PAGE_AUTHORS)
        ? this.accounts.authorJoin(loaders, 'thread.author_id')
        : undefined,
    );
  }
}
