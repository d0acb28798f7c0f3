import { badInput, conflict, forbidden, notFound } from '@boardwalk/server-core';

export const ModerationErrors = {
  notModerator: () =>
    forbidden(
      "Only this board's moderators and admins can do this; staff have no special power here.",
    ),
  unverified: () => forbidden('Verify your email before flagging posts.'),
  alreadyFlagged: () => conflict('You have already flagged this post.'),
  ownPost: () => badInput('You cannot flag your own post; edit or delete it instead.'),
  deletedPost: () => badInput('This post is deleted.'),
  blankReason: () => badInput('Give a reason.', { field: 'reason' }),
  longReason: (max: number) =>
    badInput(`The reason must be at most ${max} characters long.`, { field: 'reason' }),
  boardNotFound: () => notFound('Board'),
};
