import { AccountsService, User } from '@boardwalk/server-accounts';
import { Board, BoardsService } from '@boardwalk/server-boards';
import { ConversationsService, Post } from '@boardwalk/server-conversations';
import {
  CurrentViewer,
  Loaders,
  PageArgs,
  Public,
  RequestLoaders,
  Viewer,
} from '@boardwalk/server-core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Flag, FlagConnection } from './flag.model';
import { ModerationEntry, ModerationEntryConnection } from './moderation-entry.model';
import { ModerationService } from './moderation.service';

@Resolver(() => ModerationEntry)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly accounts: AccountsService,
    private readonly boards: BoardsService,
    private readonly conversations: ConversationsService,
  ) {}

  @Public()
  @Query(() => ModerationEntryConnection, {
    description:
      'The public moderation log, newest first: who did what, why and when. Open to everyone.',
  })
  moderationLog(
    @Args() page: PageArgs,
    @Args('boardId', { type: () => ID, nullable: true }) boardId: string | null,
  ): Promise<ModerationEntryConnection> {
    return this.moderation.log(page, boardId ?? null);
  }

  @Query(() => FlagConnection, {
    description:
      'Open flags of a board (its moderators and admins), or of every board the viewer moderates.',
  })
  openFlags(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
    @Args('boardId', { type: () => ID, nullable: true }) boardId: string | null,
  ): Promise<FlagConnection> {
    return this.moderation.openFlags(viewer, boardId ?? null, page);
  }

  @Mutation(() => Boolean, {
    description:
      'Reports a post to its board’s moderators; once per member per post, with a reason. Verified members.',
  })
  flagPost(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    return this.moderation.flagPost(viewer, postId, reason);
  }

  @Mutation(() => Post, {
    description:
      "Hides a post's body from everyone but its author and moderators. The board's moderators and admins only; logged publicly with the reason.",
  })
  hidePost(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('reason') reason: string,
  ): Promise<Post> {
    return this.moderation.hidePost(viewer, postId, reason);
  }

  @Mutation(() => Post, {
    description: 'Shows a hidden post again. Moderators and admins; logged publicly.',
  })
  unhidePost(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('reason') reason: string,
  ): Promise<Post> {
    return this.moderation.unhidePost(viewer, postId, reason);
  }

  @Mutation(() => Int, {
    description:
      "Closes a post's open flags and leaves it visible; returns how many. Moderators and admins; logged.",
  })
  dismissFlags(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('reason') reason: string,
  ): Promise<number> {
    return this.moderation.dismissFlags(viewer, postId, reason);
  }

  @ResolveField(() => User, {
    description:
      'Who acted: a moderator, an admin, the person themself, or for an automatic action the built-in automatic moderator (@automod), never who flagged.',
  })
  moderator(
    @Parent() entry: ModerationEntry,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User | null> {
    return this.accounts.loadById(loaders, entry.moderatorId);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: "The member concerned: a hidden post's author, or whose staff status changed.",
  })
  subject(
    @Parent() entry: ModerationEntry,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User | null> {
    return entry.subjectId
      ? this.accounts.loadById(loaders, entry.subjectId)
      : Promise.resolve(null);
  }

  @ResolveField(() => Board, { nullable: true })
  board(
    @Parent() entry: ModerationEntry,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Board | null> {
    return entry.boardId ? this.boards.loadById(loaders, entry.boardId) : Promise.resolve(null);
  }

  @ResolveField(() => Post, {
    nullable: true,
    description: 'The post concerned; a hidden body shows only to its author and moderators.',
  })
  post(@Parent() entry: ModerationEntry, @Loaders() loaders: RequestLoaders): Promise<Post | null> {
    return entry.postId
      ? this.conversations.loadPost(loaders, entry.postId)
      : Promise.resolve(null);
  }
}

@Resolver(() => Flag)
export class FlagResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly conversations: ConversationsService,
  ) {}

  @ResolveField(() => Post)
  post(@Parent() flag: Flag, @Loaders() loaders: RequestLoaders): Promise<Post | null> {
    return this.conversations.loadPost(loaders, flag.postId);
  }

  @ResolveField(() => User, {
    description: 'Who flagged it (moderators see this; the public log does not).',
  })
  flaggedBy(@Parent() flag: Flag, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return this.accounts.loadById(loaders, flag.userId);
  }
}
