import { AccountsService, User } from '@boardwalk/server-accounts';
import { CurrentViewer, Loaders, RequestLoaders, Viewer } from '@boardwalk/server-core';
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

  @ResolveField(() => Thread)
  thread(@Parent() post: Post, @Loaders() loaders: RequestLoaders): Promise<Thread | null> {
    return this.conversations.loadThread(loaders, post.threadId);
  }

  @ResolveField(() => User)
  author(@Parent() post: Post, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.accounts.loadById(loaders, post.authorId);
  }

  @ResolveField(() => Post, { nullable: true })
  async replyTo(@Parent() post: Post, @Loaders() loaders: RequestLoaders): Promise<Post | null> {
    return post.replyToId ? this.conversations.loadPost(loaders, post.replyToId) : null;
  }
}
