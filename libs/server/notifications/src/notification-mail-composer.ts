import { AccountsService, MailContact } from '@boardwalk/server-accounts';
import { BoardsService } from '@boardwalk/server-boards';
import { ConversationsService } from '@boardwalk/server-conversations';
import { AppConfig, MailMessage, RequestLoaders } from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';
import type { NotificationKind } from './notification.entity';
import { DAILY_EMAIL_LIMIT } from './notification-settings.service';
import { UnsubscribeTokensService } from './unsubscribe-tokens.service';

/** What a mail needs of a notification. */
export interface MailableNotification {
  kind: NotificationKind;
  actorId: string | null;
  threadId: string | null;
  postId: string | null;
  createdAt: Date;
}

interface MailLine {
  sentence: string;
  link: string;
}

/** A digest lists this many notifications at most; the rest are one click away in the app. */
const DIGEST_MAX_LINES = 50;

const VERBS: Record<NotificationKind, string> = {
  MENTION: 'mentioned you in',
  THREAD_REPLY: 'replied to your thread',
  POST_REPLY: 'replied to your post in',
  ANSWER_ACCEPTED: 'accepted your answer in',
};

/** Writes notification mails: who did what in which thread, a link, and a way out. */
@Injectable()
export class NotificationMailComposer {
  constructor(
    private readonly accounts: AccountsService,
    private readonly boards: BoardsService,
    private readonly conversations: ConversationsService,
    private readonly unsubscribeTokens: UnsubscribeTokensService,
    private readonly config: AppConfig,
  ) {}

  /** The mail about one notification, or null when there is nothing left to tell. */
  async single(to: MailContact, notification: MailableNotification): Promise<MailMessage | null> {
    const [line] = await this.lines([notification]);
    if (!line) return null;
    const unsubscribe = await this.unsubscribeUrl(to.id);
    return {
      to: to.email,
      subject: line.sentence,
      text: [
        `Hi ${to.displayName},`,
        '',
        `${line.sentence}:`,
        line.link,
        '',
        `You get a mail for each notification, at most ${DAILY_EMAIL_LIMIT} a day; the rest come in one daily digest.`,
        `Stop notification mails: ${unsubscribe}`,
        '',
      ].join('\n'),
      link: line.link,
      headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
    };
  }

  /** One mail listing the notifications, oldest first, or null when none is left to tell. */
  async digest(
    to: MailContact,
    notifications: MailableNotification[],
  ): Promise<MailMessage | null> {
    const ordered = [...notifications].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    );
    const lines = await this.lines(ordered);
    if (lines.length === 0) return null;
    const shown = lines.slice(0, DIGEST_MAX_LINES);
    const unsubscribe = await this.unsubscribeUrl(to.id);
    const more = lines.length - shown.length;
    return {
      to: to.email,
      subject: `Boardwalk: ${lines.length} new notification${lines.length === 1 ? '' : 's'}`,
      text: [
        `Hi ${to.displayName},`,
        '',
        'Here is what happened since your last digest:',
        '',
        ...shown.flatMap((line) => [`- ${line.sentence}`, `  ${line.link}`]),
        ...(more > 0 ? ['', `and ${more} more: ${this.config.publicUrl}/`] : []),
        '',
        `Stop notification mails: ${unsubscribe}`,
        '',
      ].join('\n'),
      link: shown[0].link,
      headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
    };
  }

  private async unsubscribeUrl(userId: string): Promise<string> {
    return `${this.config.publicUrl}/unsubscribe?token=${await this.unsubscribeTokens.tokenFor(userId)}`;
  }

  /**
   * One line per notification still worth telling: a thread that exists and is not hidden, and a
   * post that was neither deleted nor hidden since. Related rows load in batches, as a page would.
   */
  private async lines(notifications: MailableNotification[]): Promise<MailLine[]> {
    const loaders = new RequestLoaders();
    const described = await Promise.all(
      notifications.map(async (notification): Promise<MailLine | null> => {
        if (!notification.threadId) return null;
        const [thread, post, actor] = await Promise.all([
          this.conversations.loadThread(loaders, notification.threadId),
          notification.postId ? this.conversations.loadPost(loaders, notification.postId) : null,
          notification.actorId ? this.accounts.loadById(loaders, notification.actorId) : null,
        ]);
        if (!thread || thread.hidden || (post && (post.deleted || post.hidden))) return null;
        const board = await this.boards.loadById(loaders, thread.boardId);
        if (!board) return null;
        const who = actor ? `${actor.displayName} (@${actor.handle})` : 'Someone';
        return {
          sentence: `${who} ${VERBS[notification.kind]} "${thread.title}"`,
          link: `${this.config.publicUrl}/b/${board.slug}/t/${thread.id}`,
        };
      }),
    );
    return described.filter((line): line is MailLine => line !== null);
  }
}
