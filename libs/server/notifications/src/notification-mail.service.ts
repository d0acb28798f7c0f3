import { AccountsService } from '@boardwalk/server-accounts';
import { MailerService } from '@boardwalk/server-core';
import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Notification } from './notification.model';
import { NotificationMailComposer } from './notification-mail-composer';
import { NotificationCreatedEvent, NotificationEvents } from './notifications.events';

/**
 * Takes one unit of the daily mail allowance of each person in `recipients` (the caller's CTE
 * with a `user_id` column) who chose EACH and is under the cap of `limit`, for an account that is
 * live and has a confirmed address (mail it never proved gets nothing); returns their `user_id`.
 * The counter restarts on a new UTC day. NotificationsService places it in the statement that
 * stores the notifications, which marks theirs mailed as they are stored: each notification is
 * claimed once, by the instance that stored it, and never by the digest too. A notification that
 * a replayed event does not store again spends a unit for nothing: fewer mails, never more.
 */
export function mailAllowanceSql(recipients: string, limit: string): string {
  return `UPDATE notification_settings settings
       SET mail_day = (now() AT TIME ZONE 'UTC')::date,
           mails_today = CASE WHEN settings.mail_day = (now() AT TIME ZONE 'UTC')::date
                              THEN settings.mails_today + 1 ELSE 1 END
     WHERE settings.user_id IN (SELECT user_id FROM ${recipients}) AND settings.email = 'EACH'
       AND (settings.mail_day IS DISTINCT FROM (now() AT TIME ZONE 'UTC')::date
            OR settings.mails_today < ${limit})
       AND EXISTS (SELECT 1 FROM users
                    WHERE id = settings.user_id AND deleted_at IS NULL
                      AND email_verified_at IS NOT NULL)
    RETURNING settings.user_id`;
}

/** A mail per notification for people who chose EACH, as soon as the notification is stored. */
@Injectable()
export class NotificationMailService {
  private readonly logger = new Logger(NotificationMailService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly composer: NotificationMailComposer,
    private readonly mailer: MailerService,
  ) {}

  @OnEvent(NotificationEvents.created)
  async onCreated(event: NotificationCreatedEvent): Promise<void> {
    // Most people keep the daily digest: for them storing the notification was all the mail work.
    if (!event.mailClaimed) return;
    try {
      await this.mailClaimed(event.notification);
    } catch (error) {
      // Mail is a side effect; whatever was not sent waits for the digest.
      this.logger.error({ err: error }, 'Could not mail a notification');
    }
  }

  /** Mails a notification stored as mailed (see mailAllowanceSql); returns whether a mail went out. */
  async mailClaimed(notification: Notification): Promise<boolean> {
    const [contact] = await this.accounts.mailContacts([notification.userId]);
    // Deleted in the moment between: nobody to mail.
    if (!contact) return false;
    const message = await this.composer.single(contact, notification);
    // The post was deleted or hidden meanwhile: nothing worth a mail, now or in the digest.
    if (!message) return false;
    try {
      await this.mailer.send(message);
    } catch (error) {
      // Hand it to the digest rather than losing it.
      await this.dataSource.query(`UPDATE notifications SET emailed_at = NULL WHERE id = $1`, [
        notification.id,
      ]);
      throw error;
    }
    return true;
  }
}
