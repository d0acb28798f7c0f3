import { AccountsService } from '@boardwalk/server-accounts';
import { MailerService, queryPrepared } from '@boardwalk/server-core';
import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Notification } from './notification.model';
import { NotificationMailComposer } from './notification-mail-composer';
import { DAILY_EMAIL_LIMIT } from './notification-settings.service';
import { NotificationCreatedEvent, NotificationEvents } from './notifications.events';

/**
 * Takes one unit of the person's daily mail allowance and marks the notification mailed, in one
 * statement: only EACH people under the cap qualify, and a notification already read, mailed or
 * digested is left alone, so two instances (or the digest job) never mail it twice; nor is an
 * account that is deleted or has no confirmed address (mail it never proved). The counter
 * restarts on a new UTC day. In the rare race where the digest takes the notification at the same
 * moment, one allowance unit is spent for nothing: fewer mails, never more.
 */
const CLAIM_SQL = `
  WITH allowance AS (
    UPDATE notification_settings
       SET mail_day = (now() AT TIME ZONE 'UTC')::date,
           mails_today = CASE WHEN mail_day = (now() AT TIME ZONE 'UTC')::date
                              THEN mails_today + 1 ELSE 1 END
     WHERE user_id = $2 AND email = 'EACH'
       AND (mail_day IS DISTINCT FROM (now() AT TIME ZONE 'UTC')::date OR mails_today < $3)
       AND EXISTS (SELECT 1 FROM notifications
                    WHERE id = $1 AND read_at IS NULL AND emailed_at IS NULL AND digested_at IS NULL)
       AND EXISTS (SELECT 1 FROM users
                    WHERE id = $2 AND deleted_at IS NULL AND email_verified_at IS NOT NULL)
    RETURNING user_id
  )
  UPDATE notifications SET emailed_at = now()
   WHERE id = $1 AND read_at IS NULL AND emailed_at IS NULL AND digested_at IS NULL
     AND EXISTS (SELECT 1 FROM allowance)
  RETURNING id`;

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
    try {
      await this.mailNow(event.notification);
    } catch (error) {
      // Mail is a side effect; whatever was not sent waits for the digest.
      this.logger.error({ err: error }, 'Could not mail a notification');
    }
  }

  /** Returns whether a mail went out; past the cap (or for other choices) the digest has it. */
  async mailNow(notification: Notification): Promise<boolean> {
    // Claimed first: most people keep the daily digest, and for them the claim is the only
    // statement. It only claims for a live account with a confirmed address.
    const claimed = await queryPrepared(this.dataSource, 'claim_notification_mail', CLAIM_SQL, [
      notification.id,
      notification.userId,
      DAILY_EMAIL_LIMIT,
    ]);
    if (claimed.length === 0) return false;
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
