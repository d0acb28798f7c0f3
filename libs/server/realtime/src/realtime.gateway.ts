import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, Server as HttpServer } from 'node:http';
import {
  ErrorCode,
  REALTIME_PATH,
  RealtimeAck,
  RealtimeCommand,
  RealtimeCommands,
  RealtimeLimits,
  RealtimeRooms,
  RealtimeServerToClient,
  RealtimeUser,
} from '@boardwalk/contracts';
import { AccountsService } from '@boardwalk/server-accounts';
import {
  AppConfig,
  badInput,
  conflict,
  DomainError,
  forbidden,
  SESSION_COOKIE,
  unauthenticated,
  Viewer,
  ViewerAuthenticator,
} from '@boardwalk/server-core';
import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createAdapter, createShardedAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import { Server, ServerOptions, Socket } from 'socket.io';
import { PresenceService } from './presence.service';
import { RealtimeMetrics } from './realtime.metrics';
import { realtimeUser } from './realtime-payloads';
import { RoomAccess } from './room-access';
import { assertCanWatchMore, idFrom, SocketBudgets, socketBudgets } from './socket-limits';
import { TypingService } from './typing.service';

/** Presence changes are batched per board for this long, so a burst of joins is one broadcast. */
const PRESENCE_DEBOUNCE_MS = 150;
const MAX_TOKEN_LENGTH = 512;
const SUBSCRIBE_WAIT_MS = 5_000;
const COMMANDS = new Set<string>(Object.values(RealtimeCommands));

/** Commands arrive from untrusted clients: every argument is `unknown` until checked. */
type Incoming = Record<RealtimeCommand, (...args: unknown[]) => void>;

interface SocketData {
  viewer: Viewer | null;
  user: RealtimeUser | null;
  /** Watched boards: the pending or finished join, so concurrent watches share one. */
  boards: Map<string, Promise<void>>;
  /** Watched threads: the pending or finished join, resolving to the thread's board. */
  threads: Map<string, Promise<string>>;
  budgets: SocketBudgets;
}

type RealtimeServer = Server<Incoming, RealtimeServerToClient, Record<string, never>, SocketData>;
type RealtimeSocket = Socket<Incoming, RealtimeServerToClient, Record<string, never>, SocketData>;
type Ack = (answer: RealtimeAck) => void;

/**
 * The socket.io server at /socket.io, attached to Nest's HTTP server: handshake authentication,
 * the watch/unwatch/typing commands with their acks, presence, and (with REDIS_URL) the Redis
 * adapter that makes every instance deliver every event to its own watchers.
 *
 * A plain socket.io server rather than a Nest gateway: every command must answer through its ack
 * whatever the client sends (no exception filter may swallow or disconnect), and the adapter and
 * shutdown order stay in one place.
 */
@Injectable()
export class RealtimeGateway
  implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown
{
  private readonly logger = new Logger(RealtimeGateway.name);
  private io: RealtimeServer | null = null;
  private redisClients: Redis[] = [];
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
    private readonly authenticator: ViewerAuthenticator,
    private readonly accounts: AccountsService,
    private readonly access: RoomAccess,
    private readonly presence: PresenceService,
    private readonly typing: TypingService,
    private readonly metrics: RealtimeMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const httpServer = this.adapterHost.httpAdapter.getHttpServer() as HttpServer;
    const options: Partial<ServerOptions> = {
      path: REALTIME_PATH,
      serveClient: false,
      maxHttpBufferSize: RealtimeLimits.maxMessageBytes,
    };
    const subscriber = this.createRedisAdapter(options);
    const io: RealtimeServer = new Server(httpServer, options);
    io.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: unknown) => next(connectError(error)),
      );
    });
    io.on('connection', (socket) => this.onConnection(socket));
    this.metrics.observe(
      () => io.of('/').sockets.size,
      () => countWatchedRooms(io),
    );
    this.io = io;
    if (subscriber) await this.awaitSubscriptions(subscriber);
  }

  /**
   * The adapter subscribed while the server was built; a PING answered on the same connection
   * proves the subscriptions are active before this instance takes traffic. With Redis away the
   * instance starts anyway (serving its own sockets) and subscribes once Redis is back.
   */
  private async awaitSubscriptions(subscriber: Redis): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), SUBSCRIBE_WAIT_MS);
    });
    const outcome = await Promise.race([subscriber.ping(), gaveUp]).catch(() => 'timeout');
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.logger.warn(
        "Realtime Redis is not reachable yet; other instances' events will follow once it is.",
      );
    }
  }

  /**
   * Sockets close first, while the HTTP server still runs: Apollo's drain (on module destroy)
   * destroys every connection without a request in flight, upgraded websockets included, which
   * clients see as a crash (close code 1006) rather than a clean close.
   */
  async onModuleDestroy(): Promise<void> {
    await this.beforeApplicationShutdown();
  }

  async beforeApplicationShutdown(): Promise<void> {
    const io = this.io;
    this.io = null;
    // With Redis away, drop its connections first so that nothing waits for it to come back.
    for (const client of this.redisClients) if (client.status !== 'ready') client.disconnect();
    if (io) {
      // Not io.close(): that also closes the HTTP server at once, resetting requests still in
      // flight; the graceful shutdown closes it once they are answered. Closing the transports
      // (not a server-side "disconnect") lets clients reconnect to another instance on their own.
      const sockets = io.of('/').sockets.size;
      this.logger.log(
        `Closing ${sockets} realtime socket(s); clients reconnect to another instance`,
      );
      // Not disconnectSockets(true) either: it sends each socket a DISCONNECT packet first
      // ("io server disconnect"), after which socket.io-client does not reconnect.
      for (const socket of io.of('/').sockets.values()) socket.conn.close();
      await io.of('/').adapter.close();
      io.engine.close();
    }
    for (const timer of this.presenceTimers.values()) clearTimeout(timer);
    this.presenceTimers.clear();
    await Promise.all(
      this.redisClients
        .filter((client) => client.status === 'ready')
        .map((client) => client.quit().catch(() => client.disconnect())),
    );
  }

  /**
   * Sends one event to the union of `rooms`: socket.io encodes the packet once, and a socket in
   * several of the rooms receives it once. Through the Redis adapter other instances deliver it
   * to their own sockets.
   */
  emit<E extends keyof RealtimeServerToClient>(
    rooms: string[],
    event: E,
    message: Parameters<RealtimeServerToClient[E]>[0],
  ): void {
    if (!this.io) return;
    // The typed emit cannot follow a generic event name; the signature above keeps callers typed.
    const operator = this.io.to(rooms) as unknown as {
      emit(event: string, message: unknown): boolean;
    };
    operator.emit(event, message);
    this.metrics.published.inc({ event });
  }

  /**
   * Disconnects the sockets of revoked sessions on every instance, as a server-side disconnect
   * (clients do not reconnect on their own): a signed-out device stops receiving its
   * notifications, and its token is refused if it tries again.
   */
  dropSessions(userId: string, sessionIds: string[] | 'all'): void {
    if (!this.io) return;
    const rooms = sessionIds === 'all' ? [RealtimeRooms.user(userId)] : sessionIds.map(sessionRoom);
    this.io.in(rooms).disconnectSockets(true);
  }

  private createRedisAdapter(options: Partial<ServerOptions>): Redis | null {
    const url = this.config.redisUrl;
    if (!url) return null;
    const publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    // The subscriber's commands wait for Redis however long it is away: a failed PSUBSCRIBE is
    // not renewed on reconnect, and this instance would silently miss other instances' events.
    const subscriber = publisher.duplicate({ maxRetriesPerRequest: null });
    for (const client of [publisher, subscriber]) {
      client.on('error', (error: Error) => this.logger.warn(`Realtime Redis: ${error.message}`));
    }
    this.redisClients = [publisher, subscriber];
    // The adapter sends these without handling failures; while Redis is away a failure must be
    // counted, not become an unhandled rejection that ends the process. Local sockets still get
    // every event.
    guardCommands(publisher, ['publish', 'spublish'], (error) => {
      this.metrics.deliveryErrors.inc({ stage: 'adapter' });
      this.logger.warn(`Realtime publish to Redis failed: ${error.message}`);
    });
    guardCommands(
      subscriber,
      ['psubscribe', 'subscribe', 'punsubscribe', 'unsubscribe', 'ssubscribe', 'sunsubscribe'],
      (error) => this.logger.warn(`Realtime subscription in Redis failed: ${error.message}`),
    );
    // Sharded pub/sub (Redis 7+) spreads channels over a Redis Cluster's shards, with one channel
    // per room, for fleets where one PSUBSCRIBE stream of every event would be the bottleneck.
    options.adapter = this.config.redisShardedPubsub
      ? createShardedAdapter(publisher, subscriber, {
          channelPrefix: `${this.config.redisKeyPrefix}socket.io`,
          subscriptionMode: 'dynamic',
        })
      : createAdapter(publisher, subscriber, { key: `${this.config.redisKeyPrefix}socket.io` });
    return subscriber;
  }

  /**
   * `auth.token` is the session token; without one, the web app's session cookie is accepted
   * when the handshake comes from the app's own origin (a cookie is ambient, so another site
   * must not open a socket in its name). A bad explicit token refuses the connection; no
   * credentials at all connect anonymously.
   */
  private async authenticate(socket: RealtimeSocket): Promise<void> {
    const { handshake } = socket;
    const meta = { userAgent: handshake.headers['user-agent'], ip: handshake.address };
    const given = (handshake.auth as Record<string, unknown> | undefined)?.['token'];
    let viewer: Viewer | null = null;
    if (given !== undefined && given !== null && given !== '') {
      if (typeof given !== 'string' || given.length > MAX_TOKEN_LENGTH) {
        throw badInput('auth.token must be a session token.');
      }
      viewer = await this.authenticator.authenticate(given, meta);
      if (!viewer) throw unauthenticated('The session token is not valid; sign in again.');
    } else {
      const cookie = cookieValue(handshake.headers.cookie, SESSION_COOKIE);
      if (cookie && this.isOwnOrigin(handshake.headers)) {
        viewer = await this.authenticator.authenticate(cookie, meta);
      }
    }
    socket.data.viewer = viewer;
    socket.data.user = viewer ? (await this.currentUser(viewer)).user : null;
    socket.data.boards = new Map();
    socket.data.threads = new Map();
    socket.data.budgets = socketBudgets();
  }

  private isOwnOrigin(headers: IncomingHttpHeaders): boolean {
    const origin = headers.origin;
    if (!origin) return true;
    try {
      const url = new URL(origin);
      return url.origin === new URL(this.config.publicUrl).origin || url.host === headers.host;
    } catch {
      return false;
    }
  }

  /**
   * The signed-in person as others see them now, and whether they may post. Read again on each
   * watch and typing: a socket lives for hours, and an email verified, a staff domain added or a
   * name changed since its handshake must show in presence and typing (the staff badge above all).
   */
  private async currentUser(viewer: Viewer): Promise<{ user: RealtimeUser; verified: boolean }> {
    const [user] = await this.accounts.findManyByIds([viewer.userId]);
    if (!user) {
      return {
        user: {
          id: viewer.userId,
          handle: viewer.handle,
          displayName: viewer.handle,
          isStaff: false,
        },
        verified: false,
      };
    }
    return { user: realtimeUser(user), verified: user.emailVerifiedAt !== null };
  }

  private async refreshUser(socket: RealtimeSocket): Promise<void> {
    if (socket.data.viewer) socket.data.user = (await this.currentUser(socket.data.viewer)).user;
  }

  private onConnection(socket: RealtimeSocket): void {
    void socket.join(RealtimeRooms.boards);
    if (socket.data.viewer) {
      void socket.join([
        RealtimeRooms.user(socket.data.viewer.userId),
        sessionRoom(socket.data.viewer.sessionId),
      ]);
    }
    for (const command of COMMANDS) {
      socket.on(command as RealtimeCommand, (...args: unknown[]) =>
        this.dispatch(socket, command as RealtimeCommand, args),
      );
    }
    // Unknown events have no handler; they still spend the message budget and get an answer.
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event === 'string' && COMMANDS.has(event)) return;
      socket.data.budgets.messages.take();
      this.metrics.commands.inc({ command: 'unknown', outcome: ErrorCode.BadUserInput });
      const ack = args[args.length - 1];
      if (typeof ack === 'function') {
        (ack as Ack)({ ok: false, code: ErrorCode.BadUserInput, message: 'Unknown command.' });
      }
    });
    socket.on('disconnect', () => this.onDisconnect(socket));
  }

  private onDisconnect(socket: RealtimeSocket): void {
    const boards = [...socket.data.boards.keys()];
    socket.data.boards.clear();
    socket.data.threads.clear();
    for (const boardId of boards) {
      void this.presence.remove(boardId, socket.id).then(() => this.schedulePresence(boardId));
    }
  }

  private dispatch(socket: RealtimeSocket, command: RealtimeCommand, args: unknown[]): void {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as Ack) : null;
    const payload = ack && args.length === 1 ? undefined : args[0];
    void this.run(socket, command, payload).then((answer) => {
      this.metrics.commands.inc({ command, outcome: answer.ok ? 'ok' : answer.code });
      ack?.(answer);
    });
  }

  /** Runs one command; never throws: every outcome is an ack. */
  private async run(
    socket: RealtimeSocket,
    command: RealtimeCommand,
    payload: unknown,
  ): Promise<RealtimeAck> {
    try {
      socket.data.budgets.messages.consume();
      switch (command) {
        case RealtimeCommands.boardWatch:
          return await this.watchBoard(socket, idFrom(payload, 'boardId'));
        case RealtimeCommands.boardUnwatch:
          return await this.unwatchBoard(socket, idFrom(payload, 'boardId'));
        case RealtimeCommands.threadWatch:
          return await this.watchThread(socket, idFrom(payload, 'threadId'));
        case RealtimeCommands.threadUnwatch:
          return await this.unwatchThread(socket, idFrom(payload, 'threadId'));
        case RealtimeCommands.typing:
          return await this.startTyping(socket, idFrom(payload, 'threadId'));
      }
    } catch (error) {
      return this.failure(error);
    }
  }

  /**
   * Access first, then join, then read the seq: an event committed before the read is covered
   * by the seq the client compares, and one committed after it reaches the room already joined.
   */
  private async watchBoard(socket: RealtimeSocket, boardId: string): Promise<RealtimeAck> {
    socket.data.budgets.watches.consume();
    let joining = socket.data.boards.get(boardId);
    if (!joining) {
      this.assertRoomBudget(socket);
      joining = this.joinBoard(socket, boardId);
      socket.data.boards.set(boardId, joining);
      const pending = joining;
      void pending.catch(() => {
        if (socket.data.boards.get(boardId) === pending) socket.data.boards.delete(boardId);
      });
    }
    await joining;
    return { ok: true, seq: await this.access.seq(boardId) };
  }

  private async joinBoard(socket: RealtimeSocket, boardId: string): Promise<void> {
    await this.access.board(socket.data.viewer, boardId);
    await this.refreshUser(socket);
    assertConnected(socket);
    await socket.join(RealtimeRooms.board(boardId));
    await this.presence.add(boardId, socket.id, socket.data.user);
    // A socket that left while Redis answered must not stay counted.
    if (!socket.connected) await this.presence.remove(boardId, socket.id);
    this.schedulePresence(boardId);
  }

  private async unwatchBoard(socket: RealtimeSocket, boardId: string): Promise<RealtimeAck> {
    socket.data.budgets.watches.consume();
    const joining = socket.data.boards.get(boardId);
    if (!joining)
      return { ok: true, seq: (await this.access.board(socket.data.viewer, boardId)).seq };
    await joining.catch(() => undefined);
    socket.data.boards.delete(boardId);
    await socket.leave(RealtimeRooms.board(boardId));
    await this.presence.remove(boardId, socket.id);
    this.schedulePresence(boardId);
    return { ok: true, seq: await this.access.seq(boardId) };
  }

  private async watchThread(socket: RealtimeSocket, threadId: string): Promise<RealtimeAck> {
    socket.data.budgets.watches.consume();
    let joining = socket.data.threads.get(threadId);
    if (!joining) {
      this.assertRoomBudget(socket);
      joining = this.joinThread(socket, threadId);
      socket.data.threads.set(threadId, joining);
      const pending = joining;
      void pending.catch(() => {
        if (socket.data.threads.get(threadId) === pending) socket.data.threads.delete(threadId);
      });
    }
    const boardId = await joining;
    return { ok: true, seq: await this.access.seq(boardId), boardId };
  }

  private async joinThread(socket: RealtimeSocket, threadId: string): Promise<string> {
    const { boardId } = await this.access.thread(socket.data.viewer, threadId);
    assertConnected(socket);
    await socket.join(RealtimeRooms.thread(threadId));
    return boardId;
  }

  private async unwatchThread(socket: RealtimeSocket, threadId: string): Promise<RealtimeAck> {
    socket.data.budgets.watches.consume();
    const joining = socket.data.threads.get(threadId);
    const boardId = joining
      ? await joining.catch(() => null)
      : (await this.access.thread(socket.data.viewer, threadId)).boardId;
    socket.data.threads.delete(threadId);
    await socket.leave(RealtimeRooms.thread(threadId));
    if (boardId === null) return { ok: true, seq: 0 };
    return { ok: true, seq: await this.access.seq(boardId), boardId };
  }

  /**
   * People who may post only (signed in, email verified): anyone else's "is typing" would announce
   * a reply that cannot come. Broadcast to the thread's other watchers at most once per throttle.
   */
  private async startTyping(socket: RealtimeSocket, threadId: string): Promise<RealtimeAck> {
    const { viewer } = socket.data;
    if (!viewer) throw unauthenticated('Sign in to show that you are typing.');
    socket.data.budgets.typing.consume();
    const { user, verified } = await this.currentUser(viewer);
    socket.data.user = user;
    if (!verified) throw forbidden('Verify your email address first.');
    const watched = await socket.data.threads.get(threadId)?.catch(() => null);
    const boardId = watched ?? (await this.access.thread(viewer, threadId)).boardId;
    if (await this.typing.shouldBroadcast(viewer.userId, threadId)) {
      socket.to(RealtimeRooms.thread(threadId)).emit('typing', {
        threadId,
        user,
        expiresInMs: RealtimeLimits.typingExpiresMs,
      });
      this.metrics.published.inc({ event: 'typing' });
    }
    return { ok: true, seq: await this.access.seq(boardId), boardId };
  }

  private assertRoomBudget(socket: RealtimeSocket): void {
    assertCanWatchMore(socket.data.boards.size + socket.data.threads.size);
  }

  private schedulePresence(boardId: string): void {
    if (!this.io || this.presenceTimers.has(boardId)) return;
    this.presenceTimers.set(
      boardId,
      setTimeout(() => {
        this.presenceTimers.delete(boardId);
        void this.publishPresence(boardId);
      }, PRESENCE_DEBOUNCE_MS),
    );
  }

  private async publishPresence(boardId: string): Promise<void> {
    try {
      const message = await this.presence.snapshot(boardId);
      this.emit([RealtimeRooms.board(boardId)], 'presence', message);
    } catch (error) {
      this.metrics.deliveryErrors.inc({ stage: 'presence' });
      this.logger.warn(`Presence of board ${boardId} not published: ${(error as Error).message}`);
    }
  }

  private failure(error: unknown): RealtimeAck {
    if (error instanceof DomainError)
      return { ok: false, code: error.code, message: error.message };
    const errorId = randomUUID();
    this.logger.error(
      `Unexpected realtime error (error id ${errorId}): ${(error as Error)?.message ?? String(error)}`,
      (error as Error)?.stack,
    );
    return {
      ok: false,
      code: ErrorCode.Internal,
      message: `Internal server error (error id ${errorId}).`,
    };
  }
}

function guardCommands(client: Redis, names: string[], onError: (error: Error) => void): void {
  const commands = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of names) {
    const original = commands[name].bind(client);
    commands[name] = (...args: unknown[]) =>
      original(...args).catch((error: Error) => {
        onError(error);
        return 0;
      });
  }
}

function assertConnected(socket: RealtimeSocket): void {
  if (!socket.connected) throw conflict('The connection closed.');
}

function connectError(error: unknown): Error & { data: { code: ErrorCode } } {
  const domain = error instanceof DomainError ? error : null;
  return Object.assign(new Error(domain ? domain.message : 'Internal server error.'), {
    data: { code: domain ? domain.code : ErrorCode.Internal },
  });
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

function countWatchedRooms(io: RealtimeServer): number {
  let count = 0;
  for (const room of io.of('/').adapter.rooms.keys()) {
    if (room.startsWith('board:') || room.startsWith('thread:')) count += 1;
  }
  return count;
}

/** A room per signed-in session, so a revoked session's sockets can be closed on every instance. */
function sessionRoom(sessionId: string): string {
  return `session:${sessionId}`;
}
