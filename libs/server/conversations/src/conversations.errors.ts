import { ConversationLimits } from '@boardwalk/contracts';
import { badInput, forbidden, notFound } from '@boardwalk/server-core';

export const ConversationErrors = {
  boardNotFound: () => notFound('Board'),
  threadNotFound: () => notFound('Thread'),
  postNotFound: () => notFound('Post'),
  unverified: () => forbidden('Verify your email address first.'),
  notAuthor: () => forbidden('Only the author of this post can do this.'),
  cannotAccept: () =>
    forbidden('Only the author of the thread or a moderator of its board can accept an answer.'),
  blankTitle: () =>
    badInput(
      `title must be ${ConversationLimits.titleMinLength} to ${ConversationLimits.titleMaxLength} characters long.`,
      { field: 'title' },
    ),
  blankBody: () => badInput('body cannot be empty.', { field: 'body' }),
  bodyTooLong: () =>
    badInput(`body must be at most ${ConversationLimits.bodyMaxLength} characters long.`, {
      field: 'body',
    }),
  /** `field`: the argument that named the post (editPost's `id`, acceptAnswer's `postId`). */
  postDeleted: (field = 'id') => badInput('This post was deleted.', { field }),
  hiddenPostNotAnswer: () =>
    badInput('A post hidden by moderation cannot be the answer.', { field: 'postId' }),
  openingPostNotAnswer: () =>
    badInput('The opening post of a thread cannot be its answer.', { field: 'postId' }),
  blankQuery: () => badInput('query cannot be empty.', { field: 'query' }),
};
