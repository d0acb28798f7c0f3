import type { Post } from './post.model';
import type { Thread } from './thread.model';

/** Domain events of the conversations lib, emitted after the change commits. */
export const ConversationEvents = {
  threadCreated: 'thread.created',
  postCreated: 'post.created',
  postUpdated: 'post.updated',
  answerAccepted: 'answer.accepted',
} as const;

export interface ThreadCreatedEvent {
  boardId: string;
  thread: Thread;
  post: Post;
  /** The board's event sequence number (see DESIGN.md, realtime). */
  seq: number;
  /** Handles mentioned in the opening post. */
  mentions: string[];
}

/** Who wrote a post, as of the request that wrote it. */
export interface PostAuthorSnapshot {
  id: string;
  handle: string;
  displayName: string;
  isStaff: boolean;
}

export interface PostCreatedEvent {
  boardId: string;
  threadId: string;
  threadAuthorId: string;
  post: Post;
  /** The author as of the post, so listeners need not read it again. */
  author?: PostAuthorSnapshot;
  /** Author of the post replied to, if any. */
  replyToAuthorId: string | null;
  seq: number;
  mentions: string[];
}

export interface PostUpdatedEvent {
  boardId: string;
  threadId: string;
  post: Post;
  seq: number;
}

export interface AnswerAcceptedEvent {
  boardId: string;
  threadId: string;
  postId: string;
  postAuthorId: string;
  actorId: string;
}
