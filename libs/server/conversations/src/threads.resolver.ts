import { AccountsService, User } from '@boardwalk/server-accounts';
import { Board } from '@boardwalk/server-boards';
import { BoardsService } from '@boardwalk/server-boards';
import {
  ConnectionShape,
  CurrentViewer,
  Loaders,
  PageArgs,
  Public,
  RequestContext,
  RequestLoaders,
  Viewer,
} from '@boardwalk/server-core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConversationsService } from './conversations.service';
import { Post, PostConnection } from './post.model';
import { SearchArgs } from './search.args';
import { StartThreadInput } from './start-thread.input';
import { HIDDEN_TITLE, Thread, ThreadConnection } from './thread.model';

@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly boards: BoardsService,
    private readonly accounts: AccountsService,
  ) {}

  @Public()
  @Query(() => Thread, { nullable: true })
  thread(@Args('id', { type: () => ID }) id: string): Promise<Thread | null> {
    return this.conversations.thread(id);
  }

  @Public()
  @Query(() => ThreadConnection, {
    description: 'Threads whose title or posts match the words, best match first.',
  })
  search(@Args() args: SearchArgs): Promise<ConnectionShape<Thread>> {
    return this.conversations.search(args.query, args);
  }

  @Mutation(() => Thread, { description: 'Verified members; the body is the opening post.' })
  startThread(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: StartThreadInput,
  ): Promise<Thread> {
    return this.conversations.startThread(viewer, input);
  }

  @Mutation(() => Thread, {
    description: 'The thread author, a moderator of its board or an admin.',
  })
  acceptAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
  ): Promise<Thread> {
    return this.conversations.acceptAnswer(viewer, postId);
  }

  // Fields resolved once per thread of a page take graphql-js' (parent, args, context) without
  // parameter decorators: Nest then hands the method over as it is, instead of wrapping every
  // call in its execution context, parameter extraction and pipes.
  @ResolveField(() => String, {
    description:
      'Reads "[hidden]" while the opening post is hidden, except to its author, the board\'s moderators and admins.',
  })
  title(thread: Thread, _args: unknown, context: RequestContext): string | Promise<string> {
    if (!thread.hidden) return thread.title;
    const viewer = context.req.viewer;
    if (!viewer) return HIDDEN_TITLE;
    if (viewer.userId === thread.authorId || viewer.isAdmin) return thread.title;
    return this.boards
      .loadViewerRole(context.loaders, viewer, thread.boardId)
      .then((role) => (role === 'moderator' ? thread.title : HIDDEN_TITLE));
  }

  @ResolveField(() => Board)
  board(thread: Thread, _args: unknown, context: RequestContext): Promise<Board | null> {
    return this.boards.loadById(context.loaders, thread.boardId);
  }

  @ResolveField(() => User)
  author(
    thread: Thread,
    _args: unknown,
    context: RequestContext,
  ): User | null | Promise<User | null> {
    return this.accounts.byIdNowOrLater(context.loaders, thread.authorId);
  }

  @ResolveField(() => Post, { nullable: true })
  async acceptedAnswer(
    @Parent() thread: Thread,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Post | null> {
    return thread.acceptedAnswerId
      ? this.conversations.loadPost(loaders, thread.acceptedAnswerId)
      : null;
  }

  @ResolveField(() => PostConnection, { description: 'Oldest first.' })
  posts(@Parent() thread: Thread, @Args() page: PageArgs): Promise<ConnectionShape<Post>> {
    return this.conversations.postsOfThread(thread.id, page);
  }
}
