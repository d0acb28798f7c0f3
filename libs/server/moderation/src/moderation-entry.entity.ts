import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ModerationActionValue =
  'HIDE_POST' | 'UNHIDE_POST' | 'DISMISS_FLAGS' | 'STAFF_GRANTED' | 'STAFF_ENDED' | 'BOARD_ADOPTED';

/** One line of the public moderation log: who did what, why and when. Never edited. */
@Entity('moderation_entries')
@Index(['createdAt', 'id'])
@Index(['boardId', 'createdAt', 'id'])
export class ModerationEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 24 })
  action!: ModerationActionValue;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  /** Who acted; for an automatic action, the built-in automatic moderator (never a flagger). */
  @Column({ type: 'uuid' })
  moderatorId!: string;

  @Column({ type: 'boolean', default: false })
  automatic!: boolean;

  @Column({ type: 'uuid', nullable: true })
  boardId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  postId!: string | null;

  /** The member the action is about: a hidden post's author, or whose staff status changed. */
  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
