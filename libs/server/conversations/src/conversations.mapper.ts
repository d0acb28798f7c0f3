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

/** The columns of a thread read as a plain row (see threadFromRow). */
export const THREAD_COLUMNS = `id, board_id, author_id, title, created_at, last_activity_at,
  reply_count, participant_count, first_staff_reply_at, accepted_answer_id, hidden`;

/** The THREAD_COLUMNS that hold instants. */
export const THREAD_TIMESTAMP_COLUMNS = ['created_at', 'last_activity_at', 'first_staff_reply_at'];

/** THREAD_COLUMNS of the alias `thread`, for statements that join other tables. */
export const QUALIFIED_THREAD_COLUMNS = THREAD_COLUMNS.split(',')
  .map((column) => `thread.${column.trim()}`)
  .join(', ');

export interface ThreadRow {
  id: string;
  board_id: string;
  author_id: string;
  title: string;
  created_at: Date;
  last_activity_at: Date;
  reply_count: number;
  participant_count: number;
  first_staff_reply_at: Date | null;
  accepted_answer_id: string | null;
  hidden: boolean;
}

/** Field by field rather than Object.assign of a literal: a board page maps 25 of them. */
export function threadFromRow(row: ThreadRow): Thread {
  const thread = new Thread();
  thread.id = row.id;
  thread.title = row.title;
  thread.createdAt = new Date(row.created_at);
  thread.lastActivityAt = new Date(row.last_activity_at);
  thread.replyCount = row.reply_count;
  thread.participantCount = row.participant_count;
  thread.firstStaffReplyAt =
    row.first_staff_reply_at === null ? null : new Date(row.first_staff_reply_at);
  thread.boardId = row.board_id;
  thread.authorId = row.author_id;
  thread.acceptedAnswerId = row.accepted_answer_id;
  thread.hidden = row.hidden;
  return thread;
}

/** The columns of a post read as a plain row (see postFromRow). */
export const POST_COLUMNS = `id, thread_id, board_id, author_id, reply_to_id, body, body_html,
  created_at, edited_at, deleted_at, hidden`;

export interface PostRow {
  id: string;
  thread_id: string;
  board_id: string;
  author_id: string;
  reply_to_id: string | null;
  body: string;
  body_html: string;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  hidden: boolean;
}

export function postFromRow(row: PostRow): Post {
  return toPost({
    id: row.id,
    threadId: row.thread_id,
    boardId: row.board_id,
    authorId: row.author_id,
    replyToId: row.reply_to_id,
    body: row.body,
    bodyHtml: row.body_html,
    createdAt: new Date(row.created_at),
    editedAt: row.edited_at === null ? null : new Date(row.edited_at),
    deletedAt: row.deleted_at === null ? null : new Date(row.deleted_at),
    hidden: row.hidden,
  });
}

export function toPost(
  entity: Pick<
    PostEntity,
    | 'id'
    | 'threadId'
    | 'boardId'
    | 'authorId'
    | 'replyToId'
    | 'body'
    | 'bodyHtml'
    | 'createdAt'
    | 'editedAt'
    | 'deletedAt'
    | 'hidden'
  >,
): Post {
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
