import { AccountsService } from '@boardwalk/server-accounts';
import { MailerService, rowsOf } from '@boardwalk/server-core';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NotificationKind } from './notification.entity';
import { MailableNotification, NotificationMailComposer } from './notification-mail-composer';

const RUN_EVERY_MS = 3600 * 1000;
/**
 * A person gets a digest at most once in this many hours: about a day, less an hour so an hourly
 * run that comes a few seconds early does not push the digest back a whole hour each day.
 */
const DIGEST_EVERY_HOURS = 23;
/** Older notifications are left to the app: a digest tells what is new, not a months-old pile. */
const LOOKBACK_DAYS = 7;
const USERS_PER_BATCH = 200;
const NO_USER = '00000000-0000-0000-0000-000000000000';

/** Not read, not mailed, recent: what a digest lists. */
const pending = (alias: string) =>
  `${alias}.read_at IS NULL AND ${alias}.emailed_at IS NULL AND ${alias}.digested_at IS NULL
   AND ${alias}.created_at > now() - make_interval(days => ${LOOKBACK_DAYS})`;

/** People with pending notifications whose digest is due, in user id order from `$1`. */
const DUE_USERS_SQL = `
  SELECT DISTINCT n.user_id FROM notifications n
    LEFT JOIN notification_settings s ON s.user_id = n.user_id
   WHERE ${pending('n')}
     AND n.user_id > $1::uuid
     AND (s.user_id IS NULL OR (s.email <> 'NONE' AND (s.last_digest_at IS NULL
          OR s.last_digest_at <= now() - make_interval(hours => ${DIGEST_EVERY_HOURS}))))
   ORDER BY n.user_id LIMIT $2`;

/**
 * Claims one person's digest and its notifications in one statement. The settings row is the
 * lock: a second instance waits on it, then finds last_digest_at recent and claims nothing.
 */
const CLAIM_SQL = `
  WITH due AS (
    UPDATE notification_settings SET last_digest_at = now()
     WHERE user_id = $1 AND email <> 'NONE'
       AND (last_digest_at IS NULL
            OR last_digest_at <= now() - make_interval(hours => ${DIGEST_EVERY_HOURS}))
    RETURNING user_id
  )
  UPDATE notifications n SET digested_at = now()
   WHERE n.user_id = $1 AND ${pending('n')} AND EXISTS (SELECT 1 FROM due)
  RETURNING n.id, n.kind, n.actor_id, n.thread_id, n.post_id, n.created_at`;

interface ClaimedRow {
  id: string;
  kind: NotificationKind;
  actor_id: string | null;
  thread_id: string | null;
  post_id: string | null;
  created_at: Date | string;
}

/**
 * Once a day at most, one mail per person listing the notifications not yet mailed nor read:
 * everything for DAILY_DIGEST, what went past the daily cap for EACH. Runs hourly; each step is a
 * conditional UPDATE ... RETURNING, so repeated runs and several instances never mail twice, and
 * a run after downtime catches up on whoever is due.
 */
@Injectable()
export class NotificationDigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationDigestService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly composer: NotificationMailComposer,
    private readonly mailer: MailerService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.runDigest().catch((error: unknown) =>
        this.logger.error({ err: error }, 'Notification digest failed'),
      );
    }, RUN_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async runDigest(): Promise<{ mailed: number; notifications: number }> {
    let mailed = 0;
    let notifications = 0;
    let after = NO_USER;
    for (;;) {
      const users = rowsOf<{ user_id: string }>(
        await this.dataSource.query(DUE_USERS_SQL, [after, USERS_PER_BATCH]),
      ).map((row) => row.user_id);
      for (const userId of users) {
        try {
          const listed = await this.digestFor(userId);
          if (listed > 0) {
            mailed += 1;
            notifications += listed;
          }
        } catch (error) {
          // One bad address or a mail server hiccup must not stop everyone else's digest.
          this.logger.error({ err: error, userId }, 'Could not mail a digest');
        }
      }
      if (users.length < USERS_PER_BATCH) break;
      after = users[users.length - 1];
    }
    if (mailed > 0) this.logger.log(`Notification digest: ${mailed} mailed`);
    return { mailed, notifications };
  }

  /** Mails one person's digest; returns how many notifications it listed. */
  private async digestFor(userId: string): Promise<number> {
    await this.dataSource.query(
      `INSERT INTO notification_settings (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`,
      [userId],
    );
    const claimed = rowsOf<ClaimedRow>(await this.dataSource.query(CLAIM_SQL, [userId]));
    if (claimed.length === 0) return 0;
    // Deleted accounts and unconfirmed addresses get no mail; their notifications stay in the app.
    const [contact] = await this.accounts.mailContacts([userId]);
    if (!contact) return 0;
    const items: MailableNotification[] = claimed.map((row) => ({
      kind: row.kind,
      actorId: row.actor_id,
      threadId: row.thread_id,
      postId: row.post_id,
      createdAt: new Date(row.created_at),
    }));
    const message = await this.composer.digest(contact, items);
    if (!message) return 0;
    try {
      await this.mailer.send(message);
    } catch (error) {
      // Give the claim back so the next hourly run tries again.
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `UPDATE notifications SET digested_at = NULL WHERE id IN (${claimed.map((_row, index) => `$${index + 1}`).join(', ')})`,
          claimed.map((row) => row.id),
        );
        await manager.query(
          `UPDATE notification_settings SET last_digest_at = NULL WHERE user_id = $1`,
          [userId],
        );
      });
      throw error;
    }
    return claimed.length;
  }
}
