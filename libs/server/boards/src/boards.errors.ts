import { BoardLimits } from '@boardwalk/contracts';
import { badInput, conflict, forbidden, notFound } from '@boardwalk/server-core';

export const BoardErrors = {
  notFound: () => notFound('Board'),
  userNotFound: (handle: string) => notFound(`User @${handle}`),
  unverified: () => forbidden('Verify your email address first.'),
  notModerator: () => forbidden('Only the moderators of this board can do this.'),
  slugTaken: (slug: string) =>
    conflict(`The address "${slug}" is taken; choose another slug.`, { field: 'slug', slug }),
  nameTooClose: (board: { id: string; slug: string; name: string }) =>
    conflict(`A board with a very similar name exists: "${board.name}" (${board.slug}).`, {
      field: 'name',
      boardId: board.id,
      slug: board.slug,
      name: board.name,
    }),
  nameWithoutLetters: () => badInput('name must contain letters or digits.', { field: 'name' }),
  blankName: () => badInput('name cannot be blank.', { field: 'name' }),
  nameLength: () =>
    badInput(
      `name must be ${BoardLimits.nameMinLength} to ${BoardLimits.nameMaxLength} characters long.`,
      { field: 'name' },
    ),
  lastModerator: () =>
    conflict(
      'You are the last moderator of this board; name another moderator (newModeratorHandle) to leave.',
      { field: 'newModeratorHandle' },
    ),
  cannotAdopt: (reason: string) => forbidden(`This board cannot be adopted: ${reason}`),
};
