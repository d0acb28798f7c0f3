import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ThreadEntity } from './thread.entity';

/** One row per person who posted in a thread: keeps participantCount exact under concurrency. */
@Entity('thread_participants')
export class ThreadParticipantEntity {
  @PrimaryColumn({ type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ThreadEntity;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;
}
