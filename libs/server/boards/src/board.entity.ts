import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('boards')
@Index(['createdAt', 'id'])
@Index(['memberCount', 'id'])
@Index(['lastActivityAt', 'id'])
@Index(['incubating', 'trendingScore', 'id'])
@Index(['createdById', 'createdAt'])
export class BoardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 50, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  /** The name reduced to what people read (see board-names.ts); unique, so look-alikes conflict. */
  @Column({ type: 'varchar', length: 60, unique: true })
  nameKey!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'boolean', default: false })
  official!: boolean;

  @Column({ type: 'boolean', default: true })
  incubating!: boolean;

  /** Distinct people who joined or posted; ends incubation at the configured threshold. */
  @Column({ type: 'integer', default: 0 })
  contributorCount!: number;

  @Column({ type: 'integer', default: 0 })
  memberCount!: number;

  @Column({ type: 'integer', default: 0 })
  threadCount!: number;

  @Column({ type: 'integer', default: 0 })
  postCount!: number;

  /** Increases by one for every event stored in the board, so realtime clients can spot gaps. */
  @Column({ type: 'integer', default: 0 })
  seq!: number;

  /** Log of the time-decayed activity score, relative to a fixed epoch (see trending.ts). */
  @Column({ type: 'double precision', default: 0 })
  trendingScore!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  lastActivityAt!: Date;
}
