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
import { ConversationsService } from './conversations.service';
import { Thread, ThreadConnection } from './thread.model';

const AUTHORS = ['edges', 'node', 'author'] as const;

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
    const connection = await this.conversations.threadsOfBoard(board.id, page);
    // The page's authors in one batch before their fields ask: each Thread.author then answers
    // at once (the same statement the DataLoader would have sent, without 25 promises).
    if (selectsPath(info, AUTHORS)) {
      await this.accounts.preloadByIds(
        loaders,
        connection.edges.map((edge) => edge.node.authorId),
      );
    }
    return connection;
  }
}
