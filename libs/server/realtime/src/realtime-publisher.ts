import { RealtimeRooms, RealtimeUser } from '@boardwalk/contracts';
import { AccountEvents, AccountsService, SessionsRevokedEvent } from '@boardwalk/server-accounts';
import { BoardCreatedEvent, BoardEvents } from '@boardwalk/server-boards';
import {
  ConversationEvents,
  PostCreatedEvent,
  PostUpdatedEvent,
  ThreadCreatedEvent,
} from '@boardwalk/server-conversations';
import { NotificationCreatedEvent, NotificationEvents } from '@boardwalk/server-notifications';
import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeMetrics } from './realtime.metrics';
import {
  realtimeBoard,
  realtimeNotification,
  realtimePost,
  realtimeThread,
  realtimeUser,
} from './realtime-payloads';

/**
 * Turns domain events (emitted by the services after their transaction commits) into room
 * messages. Handlers only queue work: a failure here must never reach the service that emitted
 * the event, whose change is already committed. The queue publishes in the order the events
 * were emitted, so watchers of one instance see a board's seq rise in order.
 */
@Injectable()
export class RealtimePublisher {
  private readonly logger = new Logger(RealtimePublisher.name);
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly gateway: RealtimeGateway,
    private readonly accounts: AccountsService,
    private readonly metrics: RealtimeMetrics,
  ) {}

  @OnEvent(AccountEvents.sessionsRevoked)
  onSessionsRevoked(event: SessionsRevokedEvent): void {
    this.gateway.dropSessions(event.userId, event.sessionIds);
  }

  @OnEvent(BoardEvents.created)
  onBoardCreated(event: BoardCreatedEvent): void {
    this.enqueue(BoardEvents.created, async () => {
      this.gateway.emit([RealtimeRooms.boards], 'board.created', {
        board: realtimeBoard(event.board),
      });
    });
  }

  @OnEvent(ConversationEvents.threadCreated)
  onThreadCreated(event: ThreadCreatedEvent): void {
    this.enqueue(ConversationEvents.threadCreated, async () => {
      const author = await this.author(event.thread.authorId);
      this.gateway.emit(
        [RealtimeRooms.board(event.boardId), RealtimeRooms.thread(event.thread.id)],
        'thread.created',
        {
          boardId: event.boardId,
          thread: realtimeThread(event.thread, author),
          post: realtimePost(event.post, author),
          seq: event.seq,
        },
      );
    });
  }

  @OnEvent(ConversationEvents.postCreated)
  onPostCreated(event: PostCreatedEvent): void {
    this.enqueue(ConversationEvents.postCreated, async () => {
      // The reply carries its author, read in its own statement: no round trip before sending.
      const author = event.author
        ? realtimeUser(event.author)
        : await this.author(event.post.authorId);
      this.gateway.emit(
        [RealtimeRooms.board(event.boardId), RealtimeRooms.thread(event.threadId)],
        'post.created',
        {
          boardId: event.boardId,
          threadId: event.threadId,
          post: realtimePost(event.post, author),
          seq: event.seq,
        },
      );
    });
  }

  @OnEvent(ConversationEvents.postUpdated)
  onPostUpdated(event: PostUpdatedEvent): void {
    this.enqueue(ConversationEvents.postUpdated, async () => {
      const author = await this.author(event.post.authorId);
      this.gateway.emit(
        [RealtimeRooms.board(event.boardId), RealtimeRooms.thread(event.threadId)],
        'post.updated',
        {
          boardId: event.boardId,
          threadId: event.threadId,
          post: realtimePost(event.post, author),
          seq: event.seq,
        },
      );
    });
  }

  /** A notification goes to its recipient's own room, never to a board or thread room. */
  @OnEvent(NotificationEvents.created)
  onNotification(event: NotificationCreatedEvent): void {
    this.enqueue(NotificationEvents.created, async () => {
      const { notification } = event;
      this.gateway.emit([RealtimeRooms.user(notification.userId)], 'notification', {
        notification: realtimeNotification(notification),
      });
    });
  }

  /** Resolves once everything queued so far is published (tests and shutdown). */
  async drain(): Promise<void> {
    await this.queue;
  }

  private enqueue(event: string, work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      this.metrics.deliveryErrors.inc({ stage: 'publish' });
      this.logger.error(
        `Realtime ${event} not published: ${(error as Error)?.message ?? String(error)}`,
        (error as Error)?.stack,
      );
    });
  }

  private async author(userId: string): Promise<RealtimeUser | null> {
    const [user] = await this.accounts.findManyByIds([userId]);
    return user ? realtimeUser(user) : null;
  }
}
