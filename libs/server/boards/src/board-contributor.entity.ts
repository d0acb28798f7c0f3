import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BoardEntity } from './board.entity';

/**
 * Everyone who ever joined or posted in a board, kept after they leave: incubation ends on
 * distinct people, and the trending score rewards distinct recent posters.
 */
@Entity('board_contributors')
export class BoardContributorEntity {
  @PrimaryColumn({ type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id' })
  board?: BoardEntity;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastPostedAt!: Date | null;
}
