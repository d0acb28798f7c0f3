import Redis from 'ioredis';
import { CatchUpResult, RealtimeClient } from '@boardwalk/client';
import { PostCreatedMessage, PresenceMessage, TypingMessage } from '@boardwalk/contracts';
import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import type { Socket } from 'socket.io-client';
import { given, TestBoard, TestMember, TestThread } from './support/given';
import { command, connectSocket, eventually, postsOf, record, sleep } from './support/realtime';
import { sharedRedisEnv, testPostgresUrl } from './support/test-services';
import { TestServer } from './support/test-server';

/**
 * Two API instances on one PostgreSQL database and one Redis, as behind a proxy. PGlite cannot be
 * shared by two processes, so this always uses a fresh database on the tests' PostgreSQL server
 * (`TEST_POSTGRES_URL`, else `DATABASE_URL`, else the local one CI always provides).
 */

describe('realtime across two API instances (e2e)', () => {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  let alice: TestMember;
  let bob: TestMember;
  let carol: TestMember;
  let dave: TestMember;
  let erin: TestMember;
  let board: TestBoard;
  let thread: TestThread;
  const sockets: Socket[] = [];

  async function open(server: TestServer, token?: string): Promise<Socket> {
    const socket = await connectSocket(server.url, { token });
    sockets.push(socket);
    return socket;
  }

  beforeAll(async () => {
    database = await createTestDatabase({ postgresUrl: testPostgresUrl() });
    const env = sharedRedisEnv();
    // One after the other: the first start runs the migrations.
    a = await TestServer.startOn(database, env);
    b = await TestServer.startOn(database, env);
    alice = await given(a).member();
    bob = await given(a).member();
    carol = await given(a).member();
    // New accounts may post 10 times in 10 minutes: the catch-up test posts as two others.
    dave = await given(a).member();
    erin = await given(a).member();
    board = await given(a).board(alice);
    thread = await given(a).thread(alice, board);
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('delivers to a client on instance A what was posted through instance B', async () => {
    const watcher = await open(a);
    const ack = await command(watcher, 'board:watch', { boardId: board.id });
    if (!ack.ok) throw new Error(ack.message);
    const seen = record(watcher, ['thread.created', 'post.created']);

    const started = await given(b).thread(bob, board, { title: 'Asked on B' });
    const replyId = await given(b).reply(carol, started);

    await eventually(() => seen.length === 2, 'two events from instance B');
    expect(seen.map((entry) => entry.event)).toEqual(['thread.created', 'post.created']);
    expect(seen[1].message).toMatchObject({
      threadId: started.id,
      post: { id: replyId, authorId: carol.id },
      seq: ack.seq + 2,
    });
  });

  it('hands out every seq once when both instances write to one board at the same time', async () => {
    const watcher = await open(b);
    const ack = await command(watcher, 'board:watch', { boardId: board.id });
    if (!ack.ok) throw new Error(ack.message);
    const seen = record<PostCreatedMessage>(watcher, ['post.created']);

    const writers = [
      { server: a, member: bob },
      { server: b, member: carol },
    ];
    await Promise.all(
      Array.from({ length: 10 }, (_, index) => {
        const { server, member } = writers[index % 2];
        return given(server).reply(member, thread, { body: `race ${index}` });
      }),
    );

    await eventually(() => seen.length === 10, 'ten replies');
    const seqs = seen.map((entry) => entry.message.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 10 }, (_, index) => ack.seq + index + 1));
  });

  it('counts viewers on both instances in presence', async () => {
    const onA = await open(a, alice.token);
    const onB = await open(b, bob.token);
    const presenceOnA = record<PresenceMessage>(onA, ['presence']);
    const presenceOnB = record<PresenceMessage>(onB, ['presence']);
    await command(onA, 'board:watch', { boardId: board.id });
    await command(onB, 'board:watch', { boardId: board.id });
    const latest = (list: Array<{ message: PresenceMessage }>) => list[list.length - 1]?.message;

    await eventually(() => latest(presenceOnA)?.count === 2, 'A sees both viewers');
    await eventually(() => latest(presenceOnB)?.count === 2, 'B sees both viewers');
    expect(
      latest(presenceOnA)
        ?.viewers.map((viewer) => viewer.id)
        .sort(),
    ).toEqual([alice.id, bob.id].sort());

    onB.close();
    await eventually(() => latest(presenceOnA)?.count === 1, 'A sees B leave');
  });

  it('throttles typing per person across instances', async () => {
    const reader = await open(a, alice.token);
    await command(reader, 'thread:watch', { threadId: thread.id });
    const typing = record<TypingMessage>(reader, ['typing']);
    const bobOnB = await open(b, bob.token);
    const bobOnA = await open(a, bob.token);

    expect(await command(bobOnB, 'typing', { threadId: thread.id })).toMatchObject({ ok: true });
    expect(await command(bobOnA, 'typing', { threadId: thread.id })).toMatchObject({ ok: true });
    await eventually(() => typing.length >= 1, 'typing from B');
    await sleep(300);
    expect(typing.map((entry) => entry.message.user.id)).toEqual([bob.id]);
  });

  it('a client that was away catches up: all 10 missed posts, in order, once', async () => {
    const fresh = await given(a).thread(alice, board, { title: 'Catch-up thread' });
    const catchUpCalls: Array<{ sinceSeq: number; seq: number }> = [];
    const delivered: Array<{ id: string; source: string }> = [];

    const client = new RealtimeClient({
      url: a.url,
      token: carol.token,
      socket: { transports: ['websocket'], reconnection: false },
    });
    try {
      const watch = client.watchBoard(board.id, {
        onPost: (post, source) => {
          if (post.threadId === fresh.id) delivered.push({ id: post.id, source });
        },
        catchUp: async (boardId, sinceSeq, info): Promise<CatchUpResult> => {
          catchUpCalls.push({ sinceSeq, seq: info.seq });
          expect(boardId).toBe(board.id);
          return { posts: await postsOf(a, fresh.id) };
        },
      });
      await eventually(() => watch.seq !== null, 'the first watch');
      await watch.ready();
      // The page shows the opening post already.
      watch.markSeen((await postsOf(a, fresh.id)).map((post) => post.id));

      const live = await given(b).reply(dave, fresh, { body: 'seen live' });
      await eventually(() => delivered.length === 1, 'the live reply');

      client.socket.disconnect();
      const missed: string[] = [];
      for (let index = 0; index < 10; index += 1) {
        const server = index % 2 === 0 ? a : b;
        const author = index % 2 === 0 ? dave : erin;
        missed.push(await given(server).reply(author, fresh, { body: `missed ${index}` }));
      }
      const seqBefore = watch.seq ?? 0;
      client.socket.connect();

      await eventually(() => delivered.length === 11, 'the ten missed posts');
      await watch.ready();
      await sleep(300);
      expect(delivered).toEqual([
        { id: live, source: 'live' },
        ...missed.map((id) => ({ id, source: 'catch-up' })),
      ]);
      expect(catchUpCalls).toEqual([{ sinceSeq: seqBefore, seq: seqBefore + 10 }]);
      expect(watch.seq).toBe(seqBefore + 10);

      // Live delivery goes on after the catch-up, without repeats.
      const after = await given(a).reply(erin, fresh, { body: 'back live' });
      await eventually(() => delivered.length === 12, 'live again');
      expect(delivered[11]).toEqual({ id: after, source: 'live' });
    } finally {
      client.close();
    }
  });
});

describe('two instances with the sharded Redis adapter (e2e)', () => {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  const redisEnv = sharedRedisEnv();

  beforeAll(async () => {
    database = await createTestDatabase({ postgresUrl: testPostgresUrl() });
    const env = { ...redisEnv, REDIS_SHARDED_PUBSUB: 'true' };
    a = await TestServer.startOn(database, env);
    b = await TestServer.startOn(database, env);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('delivers across instances through sharded pub/sub', async () => {
    const [owner, replier] = [await given(a).member(), await given(a).member()];
    const board = await given(a).board(owner);
    const thread = await given(a).thread(owner, board);
    const watcher = await connectSocket(a.url);
    try {
      const ack = await command(watcher, 'board:watch', { boardId: board.id });
      if (!ack.ok) throw new Error(ack.message);
      const seen = record<PostCreatedMessage>(watcher, ['post.created']);
      const replyId = await given(b).reply(replier, thread);
      await eventually(() => seen.length === 1, 'the reply made on instance B');
      expect(seen[0].message).toMatchObject({ post: { id: replyId }, seq: ack.seq + 1 });
      // The adapter really is on shard channels (SSUBSCRIBE), one per watched room.
      const redis = new Redis(redisEnv.REDIS_URL);
      try {
        const channels = (await redis.call(
          'PUBSUB',
          'SHARDCHANNELS',
          `${redisEnv.REDIS_KEY_PREFIX}socket.io*`,
        )) as string[];
        expect(channels.some((channel) => channel.includes(board.id))).toBe(true);
      } finally {
        redis.disconnect();
      }
    } finally {
      watcher.close();
    }
  });
});
