import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { BoardEntity } from './board.entity';

export type BoardRole = 'member' | 'moderator';

@Entity('board_members')
@Index(['boardId', 'userId'], { unique: true })
@Index(['userId'])
export class BoardMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id' })
  board?: BoardEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16, default: 'member' })
  role!: BoardRole;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  joinedAt!: Date;

  /** Last time this member posted or moderated here; decides whether a board can be adopted. */
  @Column({ type: 'timestamptz', precision: 3 })
  lastActiveAt!: Date;
}
