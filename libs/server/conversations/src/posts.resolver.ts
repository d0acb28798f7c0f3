import { AccountsService, User } from '@boardwalk/server-accounts';
import { BoardsService } from '@boardwalk/server-boards';
import {
  CurrentViewer,
  Loaders,
  RequestContext,
  RequestLoaders,
  Viewer,
} from '@boardwalk/server-core';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConversationsService } from './conversations.service';
import { Post } from './post.model';
import { ReplyInput } from './reply.input';
import { Thread } from './thread.model';

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly accounts: AccountsService,
    private readonly boards: BoardsService,
  ) {}

  @Mutation(() => Post, { description: 'Verified members.' })
  reply(@CurrentViewer() viewer: Viewer, @Args('input') input: ReplyInput): Promise<Post> {
    return this.conversations.reply(viewer, input);
  }

  @Mutation(() => Post, { description: 'The author only.' })
  editPost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
  ): Promise<Post> {
    return this.conversations.editPost(viewer, id, body);
  }

  @Mutation(() => Post, { description: 'The author only; the post stays, shown as deleted.' })
  deletePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Post> {
    return this.conversations.deletePost(viewer, id);
  }

  @ResolveField(() => String, {
    description:
      'Markdown source; empty once deleted, and empty while hidden except to its author and moderators.',
  })
  // Fields resolved once per post of a page take graphql-js' (parent, args, context) without
  // parameter decorators: Nest then hands the method over as it is, instead of wrapping every
  // call in its execution context, parameter extraction and pipes.
  async body(post: Post, _args: unknown, context: RequestContext): Promise<string> {
    return (await this.maySeeBody(post, context.req.viewer ?? null, context.loaders))
      ? post.body
      : '';
  }

  @ResolveField(() => String, {
    description: 'Sanitised HTML rendered from the Markdown; empty when `body` is.',
  })
  async bodyHtml(post: Post, _args: unknown, context: RequestContext): Promise<string> {
    return (await this.maySeeBody(post, context.req.viewer ?? null, context.loaders))
      ? post.bodyHtml
      : '';
  }

  @ResolveField(() => Thread)
  thread(@Parent() post: Post, @Loaders() loaders: RequestLoaders): Promise<Thread | null> {
    return this.conversations.loadThread(loaders, post.threadId);
  }

  @ResolveField(() => User)
  author(post: Post, _args: unknown, context: RequestContext): Promise<User | null> {
    return this.accounts.loadById(context.loaders, post.authorId);
  }

  /** A hidden post's body is for its author, the board's moderators and admins only. */
  private async maySeeBody(
    post: Post,
    viewer: Viewer | null,
    loaders: RequestLoaders,
  ): Promise<boolean> {
    if (!post.hidden) return true;
    if (!viewer) return false;
    if (viewer.userId === post.authorId || viewer.isAdmin) return true;
    return (await this.boards.loadViewerRole(loaders, viewer, post.boardId)) === 'moderator';
  }

  @ResolveField(() => Post, { nullable: true })
  async replyTo(@Parent() post: Post, @Loaders() loaders: RequestLoaders): Promise<Post | null> {
    return post.replyToId ? this.conversations.loadPost(loaders, post.replyToId) : null;
  }
}
