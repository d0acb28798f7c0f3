import {
  BoardCreatedMessage,
  NotificationMessage,
  PostCreatedMessage,
  PostUpdatedMessage,
  PresenceMessage,
  REALTIME_PATH,
  RealtimeAck,
  RealtimeClientToServer,
  RealtimeCommands,
  RealtimePost,
  RealtimeServerToClient,
  RealtimeThread,
  ThreadCreatedMessage,
  TypingMessage,
} from '@boardwalk/contracts';
import { io, ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import { BoundedSet } from './bounded-set';

export { graphqlCatchUp, type GraphqlCatchUpOptions } from './realtime-catch-up';

export type RealtimeSocket = Socket<RealtimeServerToClient, RealtimeClientToServer>;

/** Where an item came from: a live event, or the caller's re-read after a gap. */
export type DeliverySource = 'live' | 'catch-up';

/** What the caller re-read over GraphQL; the wrapper drops what it already delivered. */
export interface CatchUpResult {
  threads?: RealtimeThread[];
  posts?: RealtimePost[];
}

/**
 * Re-reads what happened in a board since `sinceSeq` (the last seq this watch saw) up to
 * `info.seq`; `info.threadId` is set for thread watches, `info.lastSeenAt` is the server time
 * (`createdAt`) of the newest thread or post this watch delivered, when it delivered any.
 * Returning more than was missed is fine. `graphqlCatchUp` (realtime-catch-up.ts) is a ready one.
 */
export type CatchUp = (
  boardId: string,
  sinceSeq: number,
  info: { seq: number; threadId?: string; lastSeenAt?: string },
) => Promise<CatchUpResult>;

export interface WatchHandlers {
  catchUp?: CatchUp;
  onThread?(thread: RealtimeThread, openingPost: RealtimePost | null, source: DeliverySource): void;
  onPost?(post: RealtimePost, source: DeliverySource): void;
  onPostUpdated?(post: RealtimePost): void;
  onPresence?(message: PresenceMessage): void;
  onTyping?(message: TypingMessage): void;
  /** A refused watch or a failed catch-up; the watch retries on the next reconnect. */
  onError?(error: { code: string; message: string }): void;
  /** After every successful watch and catch-up, with the seq the watch is now at. */
  onSynced?(seq: number): void;
}

export interface RealtimeClientOptions {
  /** Base URL of the API, e.g. `https://community.example.com`. */
  url: string;
  /** Session token; without one the socket is anonymous (or uses the web app's cookie). */
  token?: string | null;
  /** How long a command waits for its ack. */
  ackTimeoutMs?: number;
  /** Passed to socket.io-client (transports, reconnection delays, …). */
  socket?: Partial<ManagerOptions & SocketOptions>;
}

const SEEN_CAPACITY = 5_000;

/**
 * A typed socket.io client for Boardwalk's realtime contract. Watches survive reconnects: after
 * each (re)connect a watch is renewed, the board's seq in the ack is compared with the last seq
 * seen, and on a gap the caller's `catchUp` re-reads what was missed over GraphQL; items are
 * delivered once each (deduplicated by id) and in order.
 */
export class RealtimeClient {
  readonly socket: RealtimeSocket;
  private readonly watches = new Map<string, Watch>();
  private readonly ackTimeoutMs: number;

  constructor(options: RealtimeClientOptions) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    // WebSocket first: it needs no sticky sessions behind a proxy; polling is the fallback.
    this.socket = io(options.url, {
      path: REALTIME_PATH,
      auth: options.token ? { token: options.token } : {},
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
      ...options.socket,
    });
    this.socket.on('connect', () => {
      for (const watch of this.watches.values()) watch.sync();
    });
    this.socket.on('thread.created', (message) =>
      this.route(message.boardId, message.thread.id, (watch) => watch.threadCreated(message)),
    );
    this.socket.on('post.created', (message) =>
      this.route(message.boardId, message.threadId, (watch) => watch.postCreated(message)),
    );
    this.socket.on('post.updated', (message) =>
      this.route(message.boardId, message.threadId, (watch) => watch.postUpdated(message)),
    );
    this.socket.on('presence', (message) =>
      this.watches.get(`board:${message.boardId}`)?.handlers.onPresence?.(message),
    );
    this.socket.on('typing', (message) =>
      this.watches.get(`thread:${message.threadId}`)?.handlers.onTyping?.(message),
    );
  }

  /** Watches a board: its new threads, posts, edits and presence. */
  watchBoard(boardId: string, handlers: WatchHandlers = {}): RealtimeWatch {
    return this.watch({ kind: 'board', id: boardId }, handlers);
  }

  /** Watches one thread: its posts, edits and who is typing. */
  watchThread(threadId: string, handlers: WatchHandlers = {}): RealtimeWatch {
    return this.watch({ kind: 'thread', id: threadId }, handlers);
  }

  /** Tells the thread's watchers this person is typing (throttled by the server). */
  typing(threadId: string): Promise<RealtimeAck> {
    return this.command(RealtimeCommands.typing, { threadId });
  }

  onBoardCreated(handler: (message: BoardCreatedMessage) => void): () => void {
    this.socket.on('board.created', handler);
    return () => this.socket.off('board.created', handler);
  }

  onNotification(handler: (message: NotificationMessage) => void): () => void {
    this.socket.on('notification', handler);
    return () => this.socket.off('notification', handler);
  }

  close(): void {
    this.watches.clear();
    this.socket.close();
  }

  /** @internal Sends a command and resolves with its ack; a timeout is an error ack. */
  async command(
    command: (typeof RealtimeCommands)[keyof typeof RealtimeCommands],
    payload: { boardId: string } | { threadId: string },
  ): Promise<RealtimeAck> {
    try {
      const emit = this.socket.timeout(this.ackTimeoutMs).emitWithAck as (
        event: string,
        payload: unknown,
      ) => Promise<RealtimeAck>;
      return await emit.call(this.socket.timeout(this.ackTimeoutMs), command, payload);
    } catch {
      // The contract's INTERNAL_SERVER_ERROR extension (see RealtimeAck): no answer in time.
      return { ok: false, code: 'INTERNAL_SERVER_ERROR', message: 'No answer from the server.' };
    }
  }

  private watch(target: WatchTarget, handlers: WatchHandlers): RealtimeWatch {
    const key = `${target.kind}:${target.id}`;
    const existing = this.watches.get(key);
    if (existing) return existing;
    const watch = new Watch(this, target, handlers, () => this.watches.delete(key));
    this.watches.set(key, watch);
    if (this.socket.connected) watch.sync();
    return watch;
  }

  private route(boardId: string, threadId: string, deliver: (watch: Watch) => void): void {
    const board = this.watches.get(`board:${boardId}`);
    if (board) deliver(board);
    const thread = this.watches.get(`thread:${threadId}`);
    if (thread) deliver(thread);
  }
}

interface WatchTarget {
  kind: 'board' | 'thread';
  id: string;
}

/** A live watch; `seq` is the last board seq it has accounted for. */
export interface RealtimeWatch {
  readonly seq: number | null;
  /** Ids the caller already shows (e.g. loaded with the page), so catch-up skips them. */
  markSeen(ids: Iterable<string>): void;
  /** Resolves once the current watch (and any catch-up) has finished. */
  ready(): Promise<void>;
  unwatch(): Promise<void>;
}

class Watch implements RealtimeWatch {
  seq: number | null = null;
  private boardId: string | null;
  /** The newest `createdAt` delivered, for the catch-up's `lastSeenAt`. */
  private newestAt: string | null = null;
  private readonly seen = new BoundedSet<string>(SEEN_CAPACITY);
  /** Live events held back while a watch or catch-up runs, so delivery stays in order. */
  private held: Array<() => void> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private pendingSteps = 0;
  private closed = false;

  constructor(
    private readonly client: RealtimeClient,
    private readonly target: WatchTarget,
    readonly handlers: WatchHandlers,
    private readonly forget: () => void,
  ) {
    this.boardId = target.kind === 'board' ? target.id : null;
  }

  markSeen(ids: Iterable<string>): void {
    for (const id of ids) this.seen.add(id);
  }

  ready(): Promise<void> {
    return this.chain;
  }

  async unwatch(): Promise<void> {
    this.closed = true;
    this.forget();
    const command =
      this.target.kind === 'board' ? RealtimeCommands.boardUnwatch : RealtimeCommands.threadUnwatch;
    await this.client.command(command, this.payload());
  }

  /** (Re)watches, then catches up when the board moved on since the last seq seen. */
  sync(): void {
    this.held ??= [];
    this.serially(async () => {
      const command =
        this.target.kind === 'board' ? RealtimeCommands.boardWatch : RealtimeCommands.threadWatch;
      const ack = await this.client.command(command, this.payload());
      if (!ack.ok) {
        this.handlers.onError?.({ code: ack.code, message: ack.message });
        return;
      }
      this.boardId = ack.boardId ?? this.boardId;
      await this.catchUpTo(ack.seq);
    });
  }

  threadCreated(message: ThreadCreatedMessage): void {
    this.live(message.seq, () => {
      if (this.seen.add(message.thread.id)) {
        this.seen.add(message.post.id);
        this.delivered(message.post.createdAt);
        this.handlers.onThread?.(message.thread, message.post, 'live');
      }
    });
  }

  postCreated(message: PostCreatedMessage): void {
    this.live(message.seq, () => {
      if (this.seen.add(message.post.id)) {
        this.delivered(message.post.createdAt);
        this.handlers.onPost?.(message.post, 'live');
      }
    });
  }

  postUpdated(message: PostUpdatedMessage): void {
    // An edit at or below the seq already accounted for is a repeat, or older than what a
    // catch-up re-read: delivering it would show a stale body.
    this.live(message.seq, (last) => {
      if (last === null || message.seq > last) this.handlers.onPostUpdated?.(message.post);
    });
  }

  /**
   * Delivers a live event, unless a watch or catch-up is running (then it waits its turn). A
   * board watch that sees a seq jump has missed events: it catches up first. Thread watches see
   * only some of the board's events, so for them a jump is normal.
   */
  private live(seq: number, deliver: (last: number | null) => void): void {
    if (this.closed) return;
    if (this.held) {
      this.held.push(() => this.live(seq, deliver));
      return;
    }
    const last = this.seq;
    if (this.target.kind === 'board' && last !== null && seq > last + 1) {
      this.held = [() => this.live(seq, deliver)];
      this.serially(() => this.catchUpTo(seq - 1));
      return;
    }
    deliver(last);
    if (last === null || seq > last) this.seq = seq;
  }

  private async catchUpTo(seq: number): Promise<void> {
    const since = this.seq;
    if (since !== null && seq > since && this.handlers.catchUp && this.boardId) {
      const found = await this.handlers.catchUp(this.boardId, since, {
        seq,
        threadId: this.target.kind === 'thread' ? this.target.id : undefined,
        lastSeenAt: this.newestAt ?? undefined,
      });
      this.deliverCaughtUp(found);
    }
    if (this.seq === null || seq > this.seq) this.seq = seq;
    this.handlers.onSynced?.(this.seq);
  }

  private deliverCaughtUp(found: CatchUpResult): void {
    const items: Array<{ at: string; order: number; deliver: () => void }> = [];
    for (const thread of found.threads ?? []) {
      items.push({
        at: thread.createdAt,
        order: 0,
        deliver: () => {
          if (!this.seen.add(thread.id)) return;
          this.delivered(thread.createdAt);
          this.handlers.onThread?.(thread, null, 'catch-up');
        },
      });
    }
    for (const post of found.posts ?? []) {
      items.push({
        at: post.createdAt,
        order: 1,
        deliver: () => {
          if (!this.seen.add(post.id)) return;
          this.delivered(post.createdAt);
          this.handlers.onPost?.(post, 'catch-up');
        },
      });
    }
    items
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.order - b.order)
      .forEach((item) => item.deliver());
  }

  private delivered(at: string): void {
    if (this.newestAt === null || Date.parse(at) > Date.parse(this.newestAt)) this.newestAt = at;
  }

  /** Runs watch and catch-up steps one at a time, then releases the held live events. */
  private serially(step: () => Promise<void>): void {
    this.pendingSteps += 1;
    this.chain = this.chain
      .then(step)
      .catch((error: unknown) => {
        this.handlers.onError?.({
          code: 'INTERNAL_SERVER_ERROR',
          message: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => {
        this.pendingSteps -= 1;
        if (this.pendingSteps > 0) return;
        const held = this.held ?? [];
        this.held = null;
        held.forEach((deliver) => deliver());
      });
  }

  private payload(): { boardId: string } | { threadId: string } {
    return this.target.kind === 'board'
      ? { boardId: this.target.id }
      : { threadId: this.target.id };
  }
}
