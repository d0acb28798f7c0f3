import type { EntityManager } from 'typeorm';
import type { Board } from './board.model';

/** Domain events of the boards lib, emitted after the change commits (unless said otherwise). */
export const BoardEvents = {
  created: 'board.created',
  adopted: 'board.adopted',
  /**
   * Emitted (emitAsync) inside the adoption's transaction, with its manager: listeners write what
   * must commit with it (the public log entry); a listener's failure rolls the adoption back.
   */
  adopting: 'board.adopting',
} as const;

export interface BoardCreatedEvent {
  board: Board;
}

/** A member took over a board whose moderators were all inactive; to be logged publicly. */
export interface BoardAdoptedEvent {
  boardId: string;
  userId: string;
  inactiveModeratorIds: string[];
  at: Date;
}

/** An adoption inside its transaction: write with `manager` to commit with it. */
export interface BoardAdoptingEvent extends BoardAdoptedEvent {
  manager: EntityManager;
}
