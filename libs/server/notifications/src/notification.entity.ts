import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type NotificationKind = 'MENTION' | 'THREAD_REPLY' | 'POST_REPLY' | 'ANSWER_ACCEPTED';

@Entity('notifications')
@Index(['userId', 'createdAt', 'id'])
@Index(['userId', 'postId', 'kind'], { unique: true })
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
}
