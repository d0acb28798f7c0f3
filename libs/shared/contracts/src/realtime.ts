import type { ErrorCode } from './error-codes';

/**
 * The realtime contract (socket.io at `/socket.io`, handshake `auth: { token }`). Public API:
 * extend, never rename. Times are ISO-8601 strings, as over GraphQL.
 */
export const REALTIME_PATH = '/socket.io';

/** Client -> server commands; each answers through its ack with a `RealtimeAck`. */
export const RealtimeCommands = {
  boardWatch: 'board:watch',
  boardUnwatch: 'board:unwatch',
  threadWatch: 'thread:watch',
  threadUnwatch: 'thread:unwatch',
  typing: 'typing',
} as const;

export type RealtimeCommand = (typeof RealtimeCommands)[keyof typeof RealtimeCommands];

/** Server -> client events. */
export const RealtimeEvents = {
  boardCreated: 'board.created',
  threadCreated: 'thread.created',
  postCreated: 'post.created',
  postUpdated: 'post.updated',
  presence: 'presence',
  typing: 'typing',
  notification: 'notification',
} as const;

export type RealtimeEvent = (typeof RealtimeEvents)[keyof typeof RealtimeEvents];

/** Room names; the server puts every socket in `boards` and signed-in ones in `user:<id>`. */
export const RealtimeRooms = {
  boards: 'boards',
  board: (boardId: string) => `board:${boardId}`,
  thread: (threadId: string) => `thread:${threadId}`,
  user: (userId: string) => `user:${userId}`,
} as const;

export interface BoardWatchPayload {
  boardId: string;
}

export interface ThreadWatchPayload {
  threadId: string;
}

export type TypingPayload = ThreadWatchPayload;

/**
 * Codes a refused command answers with when the client sent something wrong or not allowed:
 * malformed payload or unknown command (BAD_USER_INPUT, also past the watched-rooms cap), no
 * such board or thread (NOT_FOUND), not allowed (FORBIDDEN), over a per-socket budget
 * (RATE_LIMITED), and `typing` while anonymous (UNAUTHENTICATED).
 */
export const RealtimeInputErrorCodes = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
] as const satisfies readonly ErrorCode[];

/**
 * Answer to every command. `seq` is the board's current event sequence number.
 *
 * `code` is one of DESIGN's error codes, plus one extension: `INTERNAL_SERVER_ERROR`, for a
 * failure of the server itself (its database or Redis away) and, in `@boardwalk/client`, for a
 * command that got no answer in time. Its `message` carries an error id that is also in the
 * server log. Client input never produces it: whatever a client sends is answered with one of
 * `RealtimeInputErrorCodes` (an e2e property test holds the server to that). `CONFLICT` answers
 * a command whose connection closed while it ran, so a client never sees it.
 */
export type RealtimeAck =
  | {
      ok: true;
      seq: number;
      /** The board a watched thread belongs to (thread commands only). */
      boardId?: string;
    }
  | { ok: false; code: ErrorCode; message: string };

/** A person as realtime payloads show them. */
export interface RealtimeUser {
  id: string;
  handle: string;
  displayName: string;
  isStaff: boolean;
}

export interface RealtimeBoard {
  id: string;
  slug: string;
  name: string;
  description: string;
  official: boolean;
  incubating: boolean;
  memberCount: number;
  threadCount: number;
  postCount: number;
  createdAt: string;
  lastActivityAt: string;
  createdById: string;
}

export interface RealtimeThread {
  id: string;
  boardId: string;
  title: string;
  authorId: string;
  author: RealtimeUser | null;
  createdAt: string;
  lastActivityAt: string;
  replyCount: number;
  participantCount: number;
}

/** A post; `body` and `bodyHtml` are empty when it is hidden or deleted. */
export interface RealtimePost {
  id: string;
  threadId: string;
  boardId: string;
  authorId: string;
  author: RealtimeUser | null;
  replyToId: string | null;
  body: string;
  bodyHtml: string;
  createdAt: string;
  editedAt: string | null;
  hidden: boolean;
  deleted: boolean;
}

export interface RealtimeNotification {
  id: string;
  /** MENTION, THREAD_REPLY, POST_REPLY or ANSWER_ACCEPTED (GraphQL `NotificationKind`). */
  kind: string;
  createdAt: string;
  threadId: string | null;
  postId: string | null;
  actorId: string | null;
}

export interface BoardCreatedMessage {
  board: RealtimeBoard;
}

export interface ThreadCreatedMessage {
  boardId: string;
  thread: RealtimeThread;
  /** The opening post. */
  post: RealtimePost;
  seq: number;
}

export interface PostCreatedMessage {
  boardId: string;
  threadId: string;
  post: RealtimePost;
  seq: number;
}

export type PostUpdatedMessage = PostCreatedMessage;

export interface PresenceMessage {
  boardId: string;
  /** Everyone watching: each signed-in person once, each anonymous connection once. */
  count: number;
  /** Up to `RealtimeLimits.presenceViewers` signed-in people watching. */
  viewers: RealtimeUser[];
}

export interface TypingMessage {
  threadId: string;
  user: RealtimeUser;
  /** Show the indicator this long unless another `typing` arrives. */
  expiresInMs: number;
}

export interface NotificationMessage {
  notification: RealtimeNotification;
}

/** Event map for typed socket.io servers and clients. */
export interface RealtimeServerToClient {
  'board.created': (message: BoardCreatedMessage) => void;
  'thread.created': (message: ThreadCreatedMessage) => void;
  'post.created': (message: PostCreatedMessage) => void;
  'post.updated': (message: PostUpdatedMessage) => void;
  presence: (message: PresenceMessage) => void;
  typing: (message: TypingMessage) => void;
  notification: (message: NotificationMessage) => void;
}

export interface RealtimeClientToServer {
  'board:watch': (payload: BoardWatchPayload, ack: (answer: RealtimeAck) => void) => void;
  'board:unwatch': (payload: BoardWatchPayload, ack: (answer: RealtimeAck) => void) => void;
  'thread:watch': (payload: ThreadWatchPayload, ack: (answer: RealtimeAck) => void) => void;
  'thread:unwatch': (payload: ThreadWatchPayload, ack: (answer: RealtimeAck) => void) => void;
  typing: (payload: TypingPayload, ack: (answer: RealtimeAck) => void) => void;
}

export const RealtimeLimits = {
  /** Boards and threads one connection may watch at once. */
  watchedRooms: 50,
  /** Watch and unwatch commands per connection per window. */
  watchesPerWindow: 30,
  /** Typing commands per connection per window. */
  typingPerWindow: 20,
  /** Any message per connection per window; beyond it every command is refused. */
  messagesPerWindow: 120,
  windowMs: 10_000,
  /** At most one `typing` broadcast per person and thread this often. */
  typingThrottleMs: 2_000,
  typingExpiresMs: 5_000,
  /** Largest message a connection may send, in bytes; larger ones close that connection. */
  maxMessageBytes: 16_384,
  presenceViewers: 20,
} as const;
