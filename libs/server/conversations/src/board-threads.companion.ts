import { AccountsService } from '@boardwalk/server-accounts';
import { BoardCompanion, BoardCompanions } from '@boardwalk/server-boards';
import { PageRequest, RequestLoaders, selectsPath } from '@boardwalk/server-core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  FieldNode,
  getArgumentValues,
  getNamedType,
  GraphQLResolveInfo,
  isObjectType,
} from 'graphql';
import { ConversationsService } from './conversations.service';

/** Where a page of threads selects its authors, read in the threads' statement when it does. */
export const THREAD_PAGE_AUTHORS = ['edges', 'node', 'author'] as const;

/**
 * Reads `Board.threads` in the board's own statement when a query asks for a board and its
 * threads (the board page): one round trip and one statement less per page. BoardThreadsResolver
 * then answers from the request; anything this does not plan, it reads as before.
 */
@Injectable()
export class BoardThreadsCompanion implements OnModuleInit {
  constructor(
    private readonly companions: BoardCompanions,
    private readonly conversations: ConversationsService,
    private readonly accounts: AccountsService,
  ) {}

  onModuleInit(): void {
    this.companions.register('threads', (field, info, loaders) => this.plan(field, info, loaders));
  }

  private plan(
    field: FieldNode,
    info: GraphQLResolveInfo,
    loaders: RequestLoaders,
  ): BoardCompanion | null {
    const board = getNamedType(info.returnType);
    const definition = isObjectType(board) ? board.getFields()['threads'] : undefined;
    if (!definition) return null;
    let page: PageRequest;
    try {
      page = getArgumentValues(definition, field, info.variableValues) as PageRequest;
    } catch {
      return null;
    }
    return this.conversations.boardThreadsCompanion(
      page,
      loaders,
      selectsPath(info, THREAD_PAGE_AUTHORS, [field])
        ? this.accounts.authorJoin(loaders, 'thread.author_id')
        : undefined,
    );
  }
}
