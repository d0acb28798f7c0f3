import { randomUUID } from 'node:crypto';
import {
  BoardCreatedMessage,
  ErrorCode,
  NotificationMessage,
  PostCreatedMessage,
  PresenceMessage,
  REALTIME_PATH,
  RealtimeInputErrorCodes,
  RealtimeLimits,
  ThreadCreatedMessage,
  TypingMessage,
} from '@boardwalk/contracts';
import fc from 'fast-check';
import { io, Socket } from 'socket.io-client';
import { given, TestBoard, TestMember, TestThread } from './support/given';
import { command, connectSocket, eventually, nextEvent, record, sleep } from './support/realtime';
import { sharedRedisEnv } from './support/test-services';
import { TestServer } from './support/test-server';

const EDIT = `mutation ($id: ID!, $body: String!) { editPost(id: $id, body: $body) { id } }`;
const DELETE = `mutation ($id: ID!) { deletePost(id: $id) { id } }`;

/** One server without Redis (everything in process) and one with the Redis adapter. */
const MODES: Array<[string, () => Record<string, string>]> = [
  ['in one process', () => ({})],
  ['with the Redis adapter', () => sharedRedisEnv()],
];

describe.each(MODES)('realtime %s (e2e)', (_mode, env) => {
  let server: TestServer;
  let alice: TestMember;
  let bob: TestMember;
  let board: TestBoard;
  let thread: TestThread;
  const sockets: Socket[] = [];

  async function open(token?: string): Promise<Socket> {
    const socket = await connectSocket(server.url, { token });
    sockets.push(socket);
    return socket;
  }

  beforeAll(async () => {
    server = await TestServer.start({ ...env(), STAFF_EMAIL_DOMAINS: 'staff.example' });
    alice = await given(server).member();
    bob = await given(server).member();
    board = await given(server).board(alice);
    thread = await given(server).thread(alice, board);
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  afterAll(async () => {
    await server.close();
  });

  it('serves clients on HTTP long-polling too, the fallback when WebSocket is blocked', async () => {
    const watcher = await connectSocket(server.url, { token: bob.token, transports: ['polling'] });
    sockets.push(watcher);
    expect(watcher.io.engine.transport.name).toBe('polling');
    const watch = await command(watcher, 'board:watch', { boardId: board.id });
    expect(watch).toEqual({ ok: true, seq: expect.any(Number) });
    const received = nextEvent<PostCreatedMessage>(watcher, 'post.created');
    const postId = await given(server).reply(alice, thread, { body: 'Over polling' });
    expect((await received).post).toMatchObject({ id: postId, body: 'Over polling' });
  });

  it('delivers a reply posted over GraphQL to another client watching the board, with the next seq', async () => {
    const watcher = await open(bob.token);
    const watch = await command(watcher, 'board:watch', { boardId: board.id });
    expect(watch).toEqual({ ok: true, seq: expect.any(Number) });
    if (!watch.ok) throw new Error('watch refused');

    const received = nextEvent<PostCreatedMessage>(watcher, 'post.created');
    const postId = await given(server).reply(alice, thread, { body: 'Hello **live**' });
    const message = await received;

    expect(message).toMatchObject({
      boardId: board.id,
      threadId: thread.id,
      seq: watch.seq + 1,
      post: {
        id: postId,
        threadId: thread.id,
        authorId: alice.id,
        body: 'Hello **live**',
        bodyHtml: expect.stringContaining('<strong>live</strong>'),
        hidden: false,
        deleted: false,
        author: { id: alice.id, handle: alice.handle },
      },
    });
  });

  it('sends new threads to the board room and each event once to a socket watching board and thread', async () => {
    const watcher = await open();
    const boardAck = await command(watcher, 'board:watch', { boardId: board.id });
    const threadAck = await command(watcher, 'thread:watch', { threadId: thread.id });
    expect(threadAck).toEqual({ ok: true, seq: boardAck.ok && boardAck.seq, boardId: board.id });
    const seen = record(watcher, ['thread.created', 'post.created']);

    const started = await given(server).thread(bob, board, { title: 'Fresh topic' });
    await given(server).reply(bob, thread);
    await eventually(() => seen.length >= 2, 'two events');
    await sleep(200);

    expect(seen.map((entry) => entry.event)).toEqual(['thread.created', 'post.created']);
    const created = seen[0].message as ThreadCreatedMessage;
    expect(created.thread).toMatchObject({
      id: started.id,
      title: 'Fresh topic',
      boardId: board.id,
    });
    expect(created.post.body).toBe('Opening post.');
    const seqs = seen.map((entry) => (entry.message as { seq: number }).seq);
    expect(seqs[1]).toBe(seqs[0] + 1);
  });

  it('sends every new board to every socket, signed in or not', async () => {
    const anonymous = await open();
    const member = await open(bob.token);
    const received = Promise.all([
      nextEvent<BoardCreatedMessage>(anonymous, 'board.created'),
      nextEvent<BoardCreatedMessage>(member, 'board.created'),
    ]);
    const created = await given(server).board(bob, { name: 'Live board', description: 'Hi' });
    for (const message of await received) {
      expect(message.board).toMatchObject({
        id: created.id,
        slug: created.slug,
        name: 'Live board',
        description: 'Hi',
        createdById: bob.id,
        memberCount: 1,
      });
    }
  });

  it('sends edits and deletions as post.updated, never with a deleted body', async () => {
    const watcher = await open();
    await command(watcher, 'thread:watch', { threadId: thread.id });
    const postId = await given(server).reply(bob, thread, { body: 'first words' });

    const edited = nextEvent<PostCreatedMessage>(watcher, 'post.updated');
    await server.ok(EDIT, { id: postId, body: 'better words' }, { token: bob.token });
    expect((await edited).post).toMatchObject({ id: postId, body: 'better words', deleted: false });

    const deleted = nextEvent<PostCreatedMessage>(watcher, 'post.updated');
    await server.ok(DELETE, { id: postId }, { token: bob.token });
    const message = await deleted;
    expect(message.post).toMatchObject({ id: postId, body: '', bodyHtml: '', deleted: true });
    expect(JSON.stringify(message)).not.toContain('better words');
  });

  it('answers bad payloads and unknown ids with error acks and keeps the socket', async () => {
    const socket = await open();
    const refusals = [
      await command(socket, 'board:watch', { boardId: randomUUID() }),
      await command(socket, 'board:watch', { boardId: 'not-an-id' }),
      await command(socket, 'thread:watch', { threadId: randomUUID() }),
      await command(socket, 'board:unwatch', { boardId: randomUUID() }),
      await command(socket, 'board:watch', 'just text'),
      await command(socket, 'board:watch', null),
      await command(socket, 'board:watch', { boardId: 42 }),
      await command(socket, 'board:watch', { boardId: 'x'.repeat(1000) }),
      await command(socket, 'thread:watch', [thread.id]),
      await command(socket, 'board:watch'),
      await command(socket, 'typing', { threadId: thread.id }),
      await command(socket, 'no:such-command', { boardId: board.id }),
    ];
    expect(refusals.map((ack) => (ack.ok ? 'ok' : ack.code))).toEqual([
      ErrorCode.NotFound,
      ErrorCode.NotFound,
      ErrorCode.NotFound,
      ErrorCode.NotFound,
      ErrorCode.BadUserInput,
      ErrorCode.BadUserInput,
      ErrorCode.BadUserInput,
      ErrorCode.BadUserInput,
      ErrorCode.BadUserInput,
      ErrorCode.BadUserInput,
      ErrorCode.Unauthenticated,
      ErrorCode.BadUserInput,
    ]);
    for (const ack of refusals) if (!ack.ok) expect(ack.message).toEqual(expect.any(String));
    expect(socket.connected).toBe(true);
    expect(await command(socket, 'board:watch', { boardId: board.id })).toMatchObject({ ok: true });
  });

  it('refuses a bad token at the handshake, and accepts the web app cookie from its own origin', async () => {
    await expect(connectSocket(server.url, { token: 'not-a-session' })).rejects.toMatchObject({
      message: expect.stringContaining('not valid'),
      data: { code: ErrorCode.Unauthenticated },
    });

    const cookie = { cookie: `bw_session=${bob.token}` };
    const sameOrigin = await connectSocket(server.url, {
      headers: { ...cookie, origin: 'http://boardwalk.test' },
    });
    sockets.push(sameOrigin);
    await command(sameOrigin, 'thread:watch', { threadId: thread.id });
    expect(await command(sameOrigin, 'typing', { threadId: thread.id })).toMatchObject({
      ok: true,
    });

    // Another site's page cannot use the ambient cookie: that socket is anonymous.
    const crossSite = await connectSocket(server.url, {
      headers: { ...cookie, origin: 'https://evil.example' },
    });
    sockets.push(crossSite);
    expect(await command(crossSite, 'typing', { threadId: thread.id })).toMatchObject({
      ok: false,
      code: ErrorCode.Unauthenticated,
    });
  });

  it('sends a notification to its recipient only', async () => {
    const aliceSocket = await open(alice.token);
    const bobSocket = await open(bob.token);
    const anonymous = await open();
    // Watching the thread shows its posts, never the notifications it causes.
    await command(bobSocket, 'thread:watch', { threadId: thread.id });
    await command(anonymous, 'thread:watch', { threadId: thread.id });
    // The recorders fill as events arrive: read them after the wait, never copy them before.
    const toBob = record<NotificationMessage>(bobSocket, ['notification']);
    const toAnonymous = record<NotificationMessage>(anonymous, ['notification']);
    const toAlice = record<NotificationMessage>(aliceSocket, ['notification']);

    const postId = await given(server).reply(bob, thread, { body: 'A reply for Alice' });

    const mine = () => toAlice.find((entry) => entry.message.notification.postId === postId);
    await eventually(() => mine() !== undefined, 'the notification');
    expect(mine()?.message.notification).toEqual({
      id: expect.any(String),
      kind: 'THREAD_REPLY',
      createdAt: expect.any(String),
      threadId: thread.id,
      postId,
      actorId: bob.id,
    });
    await sleep(300);
    expect(toBob).toEqual([]);
    expect(toAnonymous).toEqual([]);
    // Bob's own sockets do get his notifications: the silence above is not a deaf socket.
    await given(server).reply(alice, thread, { body: `@${bob.handle} over to you` });
    await eventually(() => toBob.length > 0, "Bob's mention");
    expect(toBob.every((entry) => entry.message.notification.actorId === alice.id)).toBe(true);
    await sleep(300);
    expect(toAnonymous).toEqual([]);
    expect(toAlice.filter((entry) => entry.message.notification.actorId === alice.id)).toEqual([]);
  });

  it('counts presence: each person once, anonymous sockets each, and updates when one leaves', async () => {
    const quiet = await given(server).board(bob);
    const observer = await open(alice.token);
    const presence = record(observer, ['presence']);
    await command(observer, 'board:watch', { boardId: quiet.id });
    const bobTabs = [await open(bob.token), await open(bob.token)];
    for (const tab of bobTabs) await command(tab, 'board:watch', { boardId: quiet.id });
    const anonymous = await open();
    await command(anonymous, 'board:watch', { boardId: quiet.id });

    const last = () => presence[presence.length - 1]?.message as PresenceMessage | undefined;
    await eventually(() => last()?.count === 3, 'presence of 3');
    expect(last()?.boardId).toBe(quiet.id);
    expect(
      last()
        ?.viewers.map((viewer) => viewer.handle)
        .sort(),
    ).toEqual([alice.handle, bob.handle].sort());

    anonymous.close();
    await eventually(() => last()?.count === 2, 'presence of 2 after a disconnect');
    // Bob still has a tab watching: he still counts.
    await command(bobTabs[0], 'board:unwatch', { boardId: quiet.id });
    await sleep(300);
    expect(last()?.count).toBe(2);
    await command(bobTabs[1], 'board:unwatch', { boardId: quiet.id });
    await eventually(() => last()?.count === 1, 'presence of 1');
    expect(last()?.viewers).toEqual([
      { id: alice.id, handle: alice.handle, displayName: `Member ${alice.handle}`, isStaff: false },
    ]);
  });

  it('broadcasts typing to the other watchers of the thread, throttled per person', async () => {
    const typist = await open(alice.token);
    const reader = await open(bob.token);
    await command(reader, 'thread:watch', { threadId: thread.id });
    const typing = record(reader, ['typing']);
    const selfTyping = record(typist, ['typing']);

    expect(await command(typist, 'typing', { threadId: thread.id })).toMatchObject({
      ok: true,
      boardId: board.id,
    });
    await eventually(() => typing.length === 1, 'a typing event');
    expect(typing[0].message as TypingMessage).toEqual({
      threadId: thread.id,
      user: expect.objectContaining({ id: alice.id, handle: alice.handle }),
      expiresInMs: RealtimeLimits.typingExpiresMs,
    });

    for (let index = 0; index < 5; index += 1) {
      expect(await command(typist, 'typing', { threadId: thread.id })).toMatchObject({ ok: true });
    }
    await sleep(300);
    expect(typing).toHaveLength(1);
    expect(selfTyping).toEqual([]);

    await sleep(RealtimeLimits.typingThrottleMs);
    await command(typist, 'typing', { threadId: thread.id });
    await eventually(() => typing.length === 2, 'typing again after the throttle');
  });

  it('refuses typing from accounts that cannot post, and shows a badge earned since the handshake', async () => {
    const newcomer = await given(server).member({ domain: 'staff.example', verified: false });
    const typist = await open(newcomer.token);
    const reader = await open(bob.token);
    await command(reader, 'thread:watch', { threadId: thread.id });
    const typing = record<TypingMessage>(reader, ['typing']);

    expect(await command(typist, 'typing', { threadId: thread.id })).toMatchObject({
      ok: false,
      code: ErrorCode.Forbidden,
    });
    await server.ok(`mutation ($token: String!) { verifyEmail(token: $token) { id } }`, {
      token: server.mailedToken(newcomer.email, '/verify'),
    });
    // The same socket, opened before the verification that made the newcomer staff.
    expect(await command(typist, 'typing', { threadId: thread.id })).toMatchObject({ ok: true });
    await eventually(() => typing.length === 1, 'the verified newcomer typing');
    expect(typing[0].message.user).toEqual({
      id: newcomer.id,
      handle: newcomer.handle,
      displayName: `Member ${newcomer.handle}`,
      isStaff: true,
    });
    expect(typing).toHaveLength(1);
  });

  it('rate-limits watches per socket', async () => {
    const socket = await open();
    const acks = [];
    for (let index = 0; index <= RealtimeLimits.watchesPerWindow; index += 1) {
      acks.push(await command(socket, 'board:watch', { boardId: board.id }));
    }
    expect(acks.slice(0, -1).every((ack) => ack.ok)).toBe(true);
    expect(acks[acks.length - 1]).toMatchObject({ ok: false, code: ErrorCode.RateLimited });
  });

  it('keeps delivering to others while one socket sends 1,000 garbage messages or an oversized one', async () => {
    const watcher = await open();
    await command(watcher, 'thread:watch', { threadId: thread.id });
    const received = record<PostCreatedMessage>(watcher, ['post.created']);

    const flooder = await open(bob.token);
    const garbage: unknown[] = [
      null,
      42,
      'text',
      [],
      { boardId: { $gt: '' } },
      { threadId: thread.id, extra: 'x'.repeat(2000) },
      { boardId: randomUUID() },
    ];
    const answers: Array<Promise<unknown>> = [];
    for (let index = 0; index < 1000; index += 1) {
      const payload = garbage[index % garbage.length];
      const event = ['board:watch', 'thread:unwatch', 'typing', 'nonsense', 'toString'][index % 5];
      if (index % 3 === 0) flooder.emit(event, payload);
      else
        answers.push(
          flooder
            .timeout(10_000)
            .emitWithAck(event, payload)
            .catch(() => null),
        );
    }
    const posted = await given(server).reply(alice, thread, { body: 'still here' });
    await eventually(() => received.some((entry) => entry.message.post.id === posted), 'delivery');
    // Every message got an answer; past the budget the answer is RATE_LIMITED.
    const acks = (await Promise.all(answers)) as Array<{ ok: boolean; code?: string } | null>;
    expect(acks.every((ack) => ack !== null)).toBe(true);
    const codes = new Set(acks.map((ack) => (ack?.ok ? 'ok' : ack?.code)));
    expect(codes).toContain(ErrorCode.RateLimited);
    expect(codes).toContain(ErrorCode.BadUserInput);
    expect(flooder.connected).toBe(true);

    // A message above the size limit closes only the sender's connection.
    const oversized = await open(bob.token);
    const closed = new Promise((resolve) => oversized.once('disconnect', resolve));
    oversized.emit('board:watch', { boardId: 'x'.repeat(RealtimeLimits.maxMessageBytes * 2) });
    await closed;
    const again = await given(server).reply(alice, thread, { body: 'and still here' });
    await eventually(() => received.some((entry) => entry.message.post.id === again), 'delivery');
    expect(watcher.connected).toBe(true);
  });

  it('reports sockets, rooms and published events in /metrics', async () => {
    const socket = await open();
    await command(socket, 'board:watch', { boardId: board.id });
    await given(server).reply(alice, thread);
    await sleep(100);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/^boardwalk_realtime_connected_sockets [1-9]/m);
    expect(text).toMatch(/^boardwalk_realtime_rooms [1-9]/m);
    expect(text).toMatch(
      /^boardwalk_realtime_events_published_total\{event="post\.created"\} [1-9]/m,
    );
    expect(text).toMatch(/^# TYPE boardwalk_realtime_delivery_errors_total counter/m);
  });
});

/** What malformed or refused input may answer with (the contract's list); never INTERNAL_SERVER_ERROR. */
const INPUT_ERROR_CODES: readonly string[] = RealtimeInputErrorCodes;

describe('realtime per-socket limits and input errors (e2e)', () => {
  let server: TestServer;
  let owner: TestMember;
  let reader: TestMember;
  let typist: TestMember;
  let other: TestMember;
  let board: TestBoard;
  let thread: TestThread;
  const sockets: Socket[] = [];

  async function open(token?: string): Promise<Socket> {
    const socket = await connectSocket(server.url, { token });
    sockets.push(socket);
    return socket;
  }

  beforeAll(async () => {
    server = await TestServer.start();
    [owner, reader, typist, other] = await Promise.all(
      Array.from({ length: 4 }, () => given(server).member()),
    );
    board = await given(server).board(owner);
    thread = await given(server).thread(owner, board);
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  afterAll(async () => {
    await server.close();
  });

  /** `count` distinct rooms to watch: each member may open 5 boards a day and post 10 times. */
  async function rooms(count: number): Promise<Array<[string, Record<string, string>]>> {
    const makers = await Promise.all(
      Array.from({ length: Math.ceil(count / 14) }, () => given(server).member()),
    );
    const perMaker = await Promise.all(
      makers.map(async (maker) => {
        const made: Array<[string, Record<string, string>]> = [];
        const boards = [];
        for (let index = 0; index < 5; index += 1) boards.push(await given(server).board(maker));
        for (const each of boards) made.push(['board:watch', { boardId: each.id }]);
        for (let index = 0; index < 9; index += 1) {
          const started = await given(server).thread(maker, boards[index % boards.length]);
          made.push(['thread:watch', { threadId: started.id }]);
        }
        return made;
      }),
    );
    return perMaker.flat().slice(0, count);
  }

  it('refuses the watch past the room cap with BAD_USER_INPUT, and takes it once one is unwatched', async () => {
    const cap = RealtimeLimits.watchedRooms;
    const [first, ...others] = await rooms(cap + 1);
    const targets = [first, ...others];
    const socket = await open();
    // Watches are also rate-limited per window: wait out the window when its budget is spent.
    let sent = 0;
    const paced = async (event: string, payload: unknown) => {
      if (sent > 0 && sent % RealtimeLimits.watchesPerWindow === 0) {
        await sleep(RealtimeLimits.windowMs + 250);
      }
      sent += 1;
      return command(socket, event, payload);
    };

    const accepted = [];
    for (const [event, payload] of targets.slice(0, cap))
      accepted.push(await paced(event, payload));
    expect(accepted.filter((ack) => !ack.ok)).toEqual([]);

    const [lastEvent, lastPayload] = targets[cap];
    const refused = await paced(lastEvent, lastPayload);
    expect(refused).toEqual({
      ok: false,
      code: ErrorCode.BadUserInput,
      message: expect.stringContaining(`at most ${cap}`),
    });
    // A room already watched is not a new one: watching it again is fine at the cap.
    expect(await paced(first[0], first[1])).toMatchObject({ ok: true });

    const [firstEvent, firstPayload] = first;
    const unwatch = firstEvent.replace(':watch', ':unwatch');
    expect(await paced(unwatch, firstPayload)).toMatchObject({ ok: true });
    expect(await paced(lastEvent, lastPayload)).toMatchObject({ ok: true });
    expect(socket.connected).toBe(true);
  }, 120_000);

  it('answers a typing burst past the limit with RATE_LIMITED, while other sockets keep delivery', async () => {
    const readerSocket = await open(reader.token);
    await command(readerSocket, 'thread:watch', { threadId: thread.id });
    const typing = record<TypingMessage>(readerSocket, ['typing']);
    const posts = record<PostCreatedMessage>(readerSocket, ['post.created']);
    const bursting = await open(typist.token);

    const burst = await Promise.all(
      Array.from({ length: RealtimeLimits.typingPerWindow + 5 }, () =>
        command(bursting, 'typing', { threadId: thread.id }),
      ),
    );
    const outcomes = burst.map((ack) => (ack.ok ? 'ok' : ack.code));
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(
      RealtimeLimits.typingPerWindow,
    );
    expect(outcomes.slice(RealtimeLimits.typingPerWindow)).toEqual(
      Array(5).fill(ErrorCode.RateLimited),
    );
    for (const ack of burst) if (!ack.ok) expect(ack.message).toEqual(expect.any(String));
    expect(bursting.connected).toBe(true);

    // The limit is the bursting socket's own: another person's typing and new posts still arrive.
    const otherSocket = await open(other.token);
    expect(await command(otherSocket, 'typing', { threadId: thread.id })).toMatchObject({
      ok: true,
    });
    await eventually(
      () => typing.some((entry) => entry.message.user.id === other.id),
      "the other person's typing",
    );
    const postId = await given(server).reply(owner, thread, { body: 'delivered meanwhile' });
    await eventually(() => posts.some((entry) => entry.message.post.id === postId), 'the reply');
    // The burst itself was broadcast once (throttled per person), not 25 times.
    expect(typing.filter((entry) => entry.message.user.id === typist.id)).toHaveLength(1);
    // Still limited for the rest of its window.
    expect(await command(bursting, 'typing', { threadId: thread.id })).toMatchObject({
      ok: false,
      code: ErrorCode.RateLimited,
    });
  });

  it('answers generated malformed commands with input error codes, never INTERNAL_SERVER_ERROR', async () => {
    const commands = ['board:watch', 'board:unwatch', 'thread:watch', 'thread:unwatch', 'typing'];
    const id = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.uuid(),
      fc.uuid().map((uuid) => uuid.toUpperCase()),
      fc.constantFrom(board.id, thread.id, '\u0000', `${board.id}\u0000`, "' OR 1=1 --", '💥'),
      fc.anything({ maxDepth: 2 }),
    );
    const payload = fc
      .oneof(
        fc.anything({ maxDepth: 3 }),
        fc.record({ boardId: id, threadId: id }, { requiredKeys: [] }),
        fc.constant(undefined),
      )
      .filter((value) => (JSON.stringify(value) ?? '').length < 8_000);
    const seen = new Map<string, number>();
    // A fresh pair of sockets every 50 messages stays inside the per-socket message budget.
    const pair: { member?: Socket; anonymous?: Socket } = {};
    let sent = 0;
    const socketFor = async (signedIn: boolean): Promise<Socket> => {
      if (sent % 50 === 0) {
        pair.member?.close();
        pair.anonymous?.close();
        pair.member = await connectSocket(server.url, { token: owner.token });
        pair.anonymous = await connectSocket(server.url);
      }
      sent += 1;
      const socket = signedIn ? pair.member : pair.anonymous;
      if (!socket) throw new Error('no socket');
      return socket;
    };
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...commands),
          payload,
          fc.boolean(),
          async (event, body, signedIn) => {
            const ack = await command(await socketFor(signedIn), event, body);
            const outcome = ack.ok ? 'ok' : ack.code;
            seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
            if (ack.ok) return;
            expect(INPUT_ERROR_CODES).toContain(ack.code);
            // Signed in, nothing asks to sign in again.
            if (signedIn) expect(ack.code).not.toBe(ErrorCode.Unauthenticated);
            expect(ack.message).toEqual(expect.any(String));
          },
        ),
        { numRuns: 400 },
      );
    } finally {
      pair.member?.close();
      pair.anonymous?.close();
    }
    expect(seen.get(ErrorCode.BadUserInput)).toBeGreaterThan(0);
    expect(seen.get(ErrorCode.NotFound)).toBeGreaterThan(0);

    // The handshake too: a malformed token is refused as input, never as a server failure.
    const tokens = [42, { token: 'x' }, ['a'], 'x'.repeat(600), '\u0000', 'not-a-session', true];
    for (const token of tokens) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = io(server.url, {
          path: REALTIME_PATH,
          transports: ['websocket'],
          auth: { token },
          reconnection: false,
          forceNew: true,
        });
        socket.once('connect', () => {
          socket.close();
          resolve('connected');
        });
        socket.once('connect_error', (error: Error & { data?: { code?: string } }) => {
          socket.close();
          resolve(error.data?.code ?? 'none');
        });
      });
      expect([ErrorCode.BadUserInput, ErrorCode.Unauthenticated]).toContain(outcome);
    }
  }, 180_000);
});
