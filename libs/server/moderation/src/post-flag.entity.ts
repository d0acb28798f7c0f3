import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type FlagResolution = 'hidden' | 'restored' | 'dismissed';

/** A member's report of a post; one per member per post. */
@Entity('post_flags')
@Index(['postId', 'userId'], { unique: true })
@Index(['boardId', 'createdAt', 'id'])
export class PostFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  postId!: string;

  /** Copied from the post, so moderators' flag lists read one board's rows on an index. */
  @Column({ type: 'uuid' })
  boardId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  resolution!: FlagResolution | null;
}
