import type { Board } from './board.model';

/** Domain events of the boards lib, emitted after the change commits. */
export const BoardEvents = {
  created: 'board.created',
  adopted: 'board.adopted',
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
