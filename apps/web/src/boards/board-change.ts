import type { BoardRoleFieldsFragment } from '@boardwalk/client';

/** Fields of a board that a mutation on the board page hands back to merge into the page. */
export type BoardChange =
  Omit<BoardRoleFieldsFragment, 'id'> | { name: string; description: string };
