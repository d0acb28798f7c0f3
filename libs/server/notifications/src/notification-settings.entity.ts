import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type NotificationEmailChoice = 'EACH' | 'DAILY_DIGEST' | 'NONE';

/**
 * A person's mail preference and mail bookkeeping. The row is created on first use; a person
 * without one is treated as DAILY_DIGEST (attention is precious).
 */
@Entity('notification_settings')
export class NotificationSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16, default: 'DAILY_DIGEST' })
  email!: NotificationEmailChoice;

  /** The UTC day mailsToday counts; the counter restarts on a new day. */
  @Column({ type: 'date', nullable: true })
  mailDay!: string | null;

  /** Single-notification mails sent on mailDay; raised atomically against the daily cap. */
  @Column({ type: 'integer', default: 0 })
  mailsToday!: number;

  /** When the last digest was claimed; the next one waits about a day. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastDigestAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
