import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type NotificationKind = 'MENTION' | 'THREAD_REPLY' | 'POST_REPLY' | 'ANSWER_ACCEPTED';

@Entity('notifications')
@Index(['userId', 'createdAt', 'id'])
@Index(['userId', 'postId', 'kind'], { unique: true })
// Only notifications still waiting for a mail: the digest job finds its recipients in this small
// index, and a notification drops out of it once read or mailed.
@Index('IDX_notifications_unmailed', ['userId'], {
  where: 'read_at IS NULL AND emailed_at IS NULL AND digested_at IS NULL',
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The recipient. */
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: NotificationKind;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  postId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;

  /** When a mail about this one notification went out (EACH, under the daily cap). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailedAt!: Date | null;

  /** When it was listed in a digest mail; never set together with emailedAt. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  digestedAt!: Date | null;
}
