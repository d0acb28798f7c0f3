import type {
  AuthorFieldsFragment,
  BoardSummaryFieldsFragment,
  PostFieldsFragment,
  ThreadSummaryFieldsFragment,
} from '@boardwalk/client';
import type {
  RealtimeBoard,
  RealtimePost,
  RealtimeThread,
  RealtimeUser,
} from '@boardwalk/contracts';

/*
 * Socket payloads carry ids and a short person record; screens hold GraphQL fragments. These
 * turn one into the other, borrowing what a payload lacks (a staff title, the author of the post
 * replied to) from what the screen already shows.
 */

const UNKNOWN_PERSON: AuthorFieldsFragment = {
  id: '',
  handle: 'unknown',
  displayName: 'Someone',
  isStaff: false,
  staffTitle: null,
};

export function liveAuthor(
  user: RealtimeUser | null,
  known?: AuthorFieldsFragment,
): AuthorFieldsFragment {
  if (!user) return known ?? UNKNOWN_PERSON;
  return {
    id: user.id,
    handle: user.handle,
    displayName: user.displayName,
    isStaff: user.isStaff,
    staffTitle: user.isStaff ? (known?.staffTitle ?? null) : null,
  };
}

/** A new post as the thread page shows it, given the posts the page holds. */
export function livePost(
  post: RealtimePost,
  shown: readonly PostFieldsFragment[],
): PostFieldsFragment {
  const knownAuthor = shown.find((other) => other.author.id === post.authorId)?.author;
  const repliedTo = post.replyToId ? shown.find((other) => other.id === post.replyToId) : undefined;
  return {
    id: post.id,
    body: post.body,
    bodyHtml: post.bodyHtml,
    createdAt: post.createdAt,
    editedAt: post.editedAt,
    hidden: post.hidden,
    deleted: post.deleted,
    author: liveAuthor(post.author, knownAuthor),
    replyTo: repliedTo
      ? {
          id: repliedTo.id,
          author: { handle: repliedTo.author.handle, displayName: repliedTo.author.displayName },
        }
      : null,
  };
}

/** An edit, delete or hide applied to a post the page shows; who wrote it does not change. */
export function updatedPost(current: PostFieldsFragment, post: RealtimePost): PostFieldsFragment {
  return {
    ...current,
    body: post.body,
    bodyHtml: post.bodyHtml,
    editedAt: post.editedAt,
    hidden: post.hidden,
    deleted: post.deleted,
  };
}

export function liveThread(thread: RealtimeThread): ThreadSummaryFieldsFragment {
  return {
    id: thread.id,
    title: thread.title,
    createdAt: thread.createdAt,
    lastActivityAt: thread.lastActivityAt,
    replyCount: thread.replyCount,
    firstStaffReplyAt: null,
    author: liveAuthor(thread.author),
    acceptedAnswer: null,
  };
}

export function liveBoard(board: RealtimeBoard): BoardSummaryFieldsFragment {
  return {
    id: board.id,
    slug: board.slug,
    name: board.name,
    description: board.description,
    official: board.official,
    incubating: board.incubating,
    memberCount: board.memberCount,
    threadCount: board.threadCount,
    lastActivityAt: board.lastActivityAt,
  };
}
