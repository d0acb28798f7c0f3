import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ThreadEntity } from './thread.entity';

@Entity('posts')
@Index(['threadId', 'createdAt', 'id'])
@Index(['authorId'])
// Daily growth rollups read posts by time.
@Index(['createdAt'])
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ThreadEntity;

  /** Copied from the thread so board-wide reads need no join. */
  @Column({ type: 'uuid' })
  boardId!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  /** True for the post that opened the thread (it cannot be an accepted answer). */
  @Column({ type: 'boolean', default: false })
  opening!: boolean;

  @Column({ type: 'uuid', nullable: true })
  replyToId!: string | null;

  /** Markdown source; emptied when the author deletes the post. */
  @Column({ type: 'text' })
  body!: string;

  /** Sanitised HTML rendered from `body` on write. */
  @Column({ type: 'text' })
  bodyHtml!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  /** Maintained by a trigger from the body (see the migration); GIN-indexed for search. */
  @Index('IDX_posts_search_vector', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
