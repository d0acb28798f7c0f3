import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('threads')
@Index(['boardId', 'lastActivityAt', 'id'])
@Index(['authorId'])
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  boardId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  lastActivityAt!: Date;

  /** Posts after the opening one. */
  @Column({ type: 'integer', default: 0 })
  replyCount!: number;

  /** Distinct authors of posts, the thread's author included. */
  @Column({ type: 'integer', default: 0 })
  participantCount!: number;

  @Column({ type: 'uuid', nullable: true })
  acceptedAnswerId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  firstStaffReplyAt!: Date | null;

  /** True while the opening post is hidden by moderation: the title is withheld with it. */
  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  /** Maintained by a trigger from the title (see the migration); GIN-indexed for search. */
  @Index('IDX_threads_search_vector', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
