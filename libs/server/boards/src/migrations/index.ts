import { CreateBoards1795420858108 } from './1795420858108-CreateBoards';

export const BOARDS_MIGRATIONS = [CreateBoards1795420858108];
