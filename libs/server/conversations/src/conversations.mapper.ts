import type { PostEntity } from './post.entity';
import { Post } from './post.model';
import type { ThreadEntity } from './thread.entity';
import { Thread } from './thread.model';

export function toThread(entity: ThreadEntity): Thread {
  return Object.assign(new Thread(), {
    id: entity.id,
    title: entity.title,
    createdAt: entity.createdAt,
    lastActivityAt: entity.lastActivityAt,
    replyCount: entity.replyCount,
    participantCount: entity.participantCount,
    firstStaffReplyAt: entity.firstStaffReplyAt,
    boardId: entity.boardId,
    authorId: entity.authorId,
    acceptedAnswerId: entity.acceptedAnswerId,
    hidden: entity.hidden,
  });
}

export function toPost(entity: PostEntity): Post {
  const deleted = entity.deletedAt !== null;
  return Object.assign(new Post(), {
    id: entity.id,
    body: deleted ? '' : entity.body,
    bodyHtml: deleted ? '' : entity.bodyHtml,
    createdAt: entity.createdAt,
    editedAt: entity.editedAt,
    hidden: entity.hidden,
    deleted,
    threadId: entity.threadId,
    boardId: entity.boardId,
    authorId: entity.authorId,
    replyToId: entity.replyToId,
  });
}

/**
 * The post as everyone may see it, for events sent to rooms: a hidden post's body is left out,
 * since only its author and the board's moderators may read it.
 */
export function toPublicPost(entity: PostEntity): Post {
  const post = toPost(entity);
  return entity.hidden ? Object.assign(post, { body: '', bodyHtml: '' }) : post;
}
