import type {
  RealtimeBoard,
  RealtimeNotification,
  RealtimePost,
  RealtimeThread,
  RealtimeUser,
} from '@boardwalk/contracts';
import type { User } from '@boardwalk/server-accounts';
import type { Board } from '@boardwalk/server-boards';
import type { Post, Thread } from '@boardwalk/server-conversations';
import type { Notification } from '@boardwalk/server-notifications';

const iso = (value: Date | string): string => new Date(value).toISOString();

export function realtimeUser(
  user: Pick<User, 'id' | 'handle' | 'displayName' | 'isStaff'>,
): RealtimeUser {
  return { id: user.id, handle: user.handle, displayName: user.displayName, isStaff: user.isStaff };
}

export function realtimeBoard(board: Board): RealtimeBoard {
  return {
    id: board.id,
    slug: board.slug,
    name: board.name,
    description: board.description,
    official: board.official,
    incubating: board.incubating,
    memberCount: board.memberCount,
    threadCount: board.threadCount,
    postCount: board.postCount,
    createdAt: iso(board.createdAt),
    lastActivityAt: iso(board.lastActivityAt),
    createdById: board.createdById,
  };
}

export function realtimeThread(thread: Thread, author: RealtimeUser | null): RealtimeThread {
  return {
    id: thread.id,
    boardId: thread.boardId,
    title: thread.title,
    authorId: thread.authorId,
    author,
    createdAt: iso(thread.createdAt),
    lastActivityAt: iso(thread.lastActivityAt),
    replyCount: thread.replyCount,
    participantCount: thread.participantCount,
  };
}

/**
 * Room payloads go to every watcher, moderators and anonymous visitors alike, so a post hidden by
 * a moderator or deleted by its author never carries its body; clients re-read it over GraphQL,
 * where access is checked per viewer.
 */
export function realtimePost(post: Post, author: RealtimeUser | null): RealtimePost {
  const withheld = post.hidden || post.deleted;
  return {
    id: post.id,
    threadId: post.threadId,
    boardId: post.boardId,
    authorId: post.authorId,
    author,
    replyToId: post.replyToId,
    body: withheld ? '' : post.body,
    bodyHtml: withheld ? '' : post.bodyHtml,
    createdAt: iso(post.createdAt),
    editedAt: post.editedAt ? iso(post.editedAt) : null,
    hidden: post.hidden,
    deleted: post.deleted,
  };
}

export function realtimeNotification(notification: Notification): RealtimeNotification {
  return {
    id: notification.id,
    kind: notification.kind,
    createdAt: iso(notification.createdAt),
    threadId: notification.threadId,
    postId: notification.postId,
    actorId: notification.actorId,
  };
}
