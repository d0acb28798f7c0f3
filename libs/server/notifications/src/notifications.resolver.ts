import { AccountsService, User } from '@boardwalk/server-accounts';
import { ConversationsService, Post, Thread } from '@boardwalk/server-conversations';
import {
  ConnectionShape,
  CurrentViewer,
  Loaders,
  PageArgs,
  RequestLoaders,
  Viewer,
} from '@boardwalk/server-core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Notification, NotificationConnection } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly conversations: ConversationsService,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args() page: PageArgs,
  ): Promise<ConnectionShape<Notification>> {
    return this.notificationsService.list(viewer, page);
  }

  @Mutation(() => Int, { description: 'Marks notifications up to a moment (default now) read.' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('upTo', { type: () => Date, nullable: true }) upTo: Date | null,
  ): Promise<number> {
    return this.notificationsService.markRead(viewer, upTo);
  }

  @Mutation(() => Int, {
    description:
      "Marks the viewer's notifications about one thread read (the web app does on opening it); returns how many.",
  })
  markThreadNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('threadId', { type: () => ID }) threadId: string,
  ): Promise<number> {
    return this.notificationsService.markThreadRead(viewer, threadId);
  }

  @ResolveField(() => Thread, { nullable: true })
  async thread(
    @Parent() notification: Notification,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Thread | null> {
    return notification.threadId
      ? this.conversations.loadThread(loaders, notification.threadId)
      : null;
  }

  @ResolveField(() => Post, { nullable: true })
  async post(
    @Parent() notification: Notification,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Post | null> {
    return notification.postId ? this.conversations.loadPost(loaders, notification.postId) : null;
  }

  @ResolveField(() => User, { nullable: true })
  async actor(
    @Parent() notification: Notification,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User | null> {
    return notification.actorId ? this.accounts.loadById(loaders, notification.actorId) : null;
  }
}
