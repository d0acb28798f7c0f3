import { AccountsService } from '@boardwalk/server-accounts';
import {
  AnswerAcceptedEvent,
  ConversationEvents,
  PostCreatedEvent,
  ThreadCreatedEvent,
} from '@boardwalk/server-conversations';
import {
  ConnectionShape,
  PageRequest,
  Viewer,
  byTime,
  keysetPage,
  queryPrepared,
  isUuid,
  rowsOf,
} from '@boardwalk/server-core';
import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { mailAllowanceSql } from './notification-mail.service';
import { DAILY_EMAIL_LIMIT } from './notification-settings.service';
import { NotificationEntity, NotificationKind } from './notification.entity';
import { Notification, NotificationKindValue } from './notification.model';
import { NotificationEvents, NotificationCreatedEvent } from './notifications.events';

/** At most this many @mentions of one post notify anyone: a long list of handles is spam. */
const MAX_MENTIONS = 10;

interface Planned {
  userId: string;
  kind: NotificationKind;
}

function toNotification(entity: NotificationEntity): Notification {
  return Object.assign(new Notification(), {
    id: entity.id,
    kind: entity.kind as NotificationKindValue,
    createdAt: entity.createdAt,
    readAt: entity.readAt,
    userId: entity.userId,
    actorId: entity.actorId,
    threadId: entity.threadId,
    postId: entity.postId,
  });
}

interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  actor_id: string | null;
  thread_id: string | null;
  post_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

function notificationFromRow(row: NotificationRow): Notification {
  return Object.assign(new Notification(), {
    id: row.id,
    kind: row.kind as NotificationKindValue,
    createdAt: new Date(row.created_at),
    readAt: row.read_at === null ? null : new Date(row.read_at),
    userId: row.user_id,
    actorId: row.actor_id,
    threadId: row.thread_id,
    postId: row.post_id,
  });
}

/**
 * Stores one post's notifications, marking mailed those of recipients whose allowance it takes
 * (mailAllowanceSql): their mail goes out at once, the rest wait for the digest.
 */
const STORE_NOTIFICATIONS_SQL = `
  WITH planned AS (
    SELECT user_id, kind FROM unnest($1::uuid[], $2::varchar[]) AS x(user_id, kind)
  ), mailed AS (
    ${mailAllowanceSql('planned', '$6')}
  )
  INSERT INTO notifications (user_id, kind, actor_id, thread_id, post_id, emailed_at)
  SELECT planned.user_id, planned.kind, $3, $4, $5,
         CASE WHEN mailed.user_id IS NULL THEN NULL ELSE now() END
    FROM planned LEFT JOIN mailed ON mailed.user_id = planned.user_id
  ON CONFLICT DO NOTHING
  RETURNING id, user_id, kind, actor_id, thread_id, post_id, created_at, read_at,
            emailed_at IS NOT NULL AS mail_claimed`;

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(NotificationEntity)
    private readonly notifications: Repository<NotificationEntity>,
    private readonly accounts: AccountsService,
    private readonly events: EventEmitter2,
  ) {}

  list(viewer: Viewer, page: PageRequest): Promise<ConnectionShape<Notification>> {
    return keysetPage(
      this.notifications
        .createQueryBuilder('notification')
        .where('notification.user_id = :userId', { userId: viewer.userId }),
      page,
      byTime('notification', 'created_at', (row) => row.createdAt, 'DESC'),
      toNotification,
    );
  }

  /** Marks the viewer's unread notifications up to a moment (default now) read; returns how many. */
  async markRead(viewer: Viewer, upTo: Date | null | undefined): Promise<number> {
    const rows = rowsOf(
      await this.dataSource.query(
        `UPDATE notifications SET read_at = now()
         WHERE user_id = $1 AND read_at IS NULL AND created_at <= $2 RETURNING id`,
        [viewer.userId, upTo ?? new Date()],
      ),
    );
    return rows.length;
  }

  /**
   * Marks the viewer's unread notifications about one thread read: reading the thread (from a
   * notification or any other way) is what they were for. An id that is not a thread's marks
   * nothing.
   */
  async markThreadRead(viewer: Viewer, threadId: string): Promise<number> {
    if (!isUuid(threadId)) return 0;
    const rows = rowsOf(
      await this.dataSource.query(
        `UPDATE notifications SET read_at = now()
         WHERE user_id = $1 AND read_at IS NULL AND thread_id = $2 RETURNING id`,
        [viewer.userId, threadId],
      ),
    );
    return rows.length;
  }

  @OnEvent(ConversationEvents.threadCreated)
  async onThreadCreated(event: ThreadCreatedEvent): Promise<void> {
    await this.safely(async () => {
      const planned = await this.mentioned(event.mentions);
      await this.deliver(planned, event.post.authorId, event.thread.id, event.post.id);
    });
  }

  @OnEvent(ConversationEvents.postCreated)
  async onPostCreated(event: PostCreatedEvent): Promise<void> {
    await this.safely(async () => {
      // One notification per person per post, the most specific reason winning.
      const planned: Planned[] = [];
      if (event.replyToAuthorId)
        planned.push({ userId: event.replyToAuthorId, kind: 'POST_REPLY' });
      planned.push({ userId: event.threadAuthorId, kind: 'THREAD_REPLY' });
      planned.push(...(await this.mentioned(event.mentions)));
      await this.deliver(planned, event.post.authorId, event.threadId, event.post.id);
    });
  }

  @OnEvent(ConversationEvents.answerAccepted)
  async onAnswerAccepted(event: AnswerAcceptedEvent): Promise<void> {
    await this.safely(() =>
      this.deliver(
        [{ userId: event.postAuthorId, kind: 'ANSWER_ACCEPTED' }],
        event.actorId,
        event.threadId,
        event.postId,
      ),
    );
  }

  private async mentioned(handles: string[]): Promise<Planned[]> {
    const users = await Promise.all(
      handles.slice(0, MAX_MENTIONS).map((handle) => this.accounts.findByHandle(handle)),
    );
    return users.flatMap((user) => (user ? [{ userId: user.id, kind: 'MENTION' as const }] : []));
  }

  /** Stores the notifications (never to the actor, once per person) and announces each. */
  private async deliver(
    planned: Planned[],
    actorId: string,
    threadId: string,
    postId: string,
  ): Promise<void> {
    const seen = new Set<string>([actorId]);
    const unique = planned.filter((item) => {
      if (seen.has(item.userId)) return false;
      seen.add(item.userId);
      return true;
    });
    if (unique.length === 0) return;
    // ON CONFLICT DO NOTHING: a replayed event never notifies twice. One statement stores and
    // returns them and takes the mail allowance of those mailed at once (it took an INSERT, a
    // SELECT and a claim per notification).
    const stored = await queryPrepared<NotificationRow & { mail_claimed: boolean }>(
      this.dataSource,
      'store_notifications',
      STORE_NOTIFICATIONS_SQL,
      [
        unique.map((item) => item.userId),
        unique.map((item) => item.kind),
        actorId,
        threadId,
        postId,
        DAILY_EMAIL_LIMIT,
      ],
    );
    for (const row of stored) {
      const created: NotificationCreatedEvent = {
        notification: notificationFromRow(row),
        mailClaimed: row.mail_claimed,
      };
      this.events.emit(NotificationEvents.created, created);
    }
  }

  /** Notifying is a side effect: a failure is logged, never passed back to the post's author. */
  private async safely(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.error({ err: error }, 'Could not store notifications');
    }
  }
}
