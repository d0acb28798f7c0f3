import { createGraphqlClient, graphqlCatchUp, RealtimeClient } from '@boardwalk/client';
import type { RealtimePost, RealtimeThread } from '@boardwalk/contracts';
import { given, TestBoard, TestMember, TestThread } from './support/given';
import { eventually, postsOf, sleep } from './support/realtime';
import { TestServer } from './support/test-server';

/** The client SDK's ready GraphQL catch-up, against a real server and database. */
describe('graphqlCatchUp for RealtimeClient watches (e2e)', () => {
  let server: TestServer;
  let owner: TestMember;
  let replier: TestMember;
  let starter: TestMember;
  let board: TestBoard;
  let thread: TestThread;
  const clients: RealtimeClient[] = [];

  beforeAll(async () => {
    server = await TestServer.start();
    [owner, replier, starter] = await Promise.all([
      given(server).member(),
      given(server).member(),
      given(server).member(),
    ]);
    board = await given(server).board(owner);
    thread = await given(server).thread(owner, board);
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  afterAll(async () => {
    await server.close();
  });

  function connect(token?: string): RealtimeClient {
    const client = new RealtimeClient({
      url: server.url,
      token,
      socket: { transports: ['websocket'], reconnection: false },
    });
    clients.push(client);
    return client;
  }

  it('re-reads what a board watch and a thread watch missed while away: each item once, in order', async () => {
    const graphql = createGraphqlClient({ url: `${server.url}/graphql`, token: owner.token });
    const client = connect(owner.token);
    const onBoard: Array<{ kind: string; id: string; source: string }> = [];
    const onThread: Array<{ id: string; source: string }> = [];
    const threads: RealtimeThread[] = [];
    const caughtUpPosts: RealtimePost[] = [];

    const boardWatch = client.watchBoard(board.id, {
      catchUp: graphqlCatchUp(graphql, { boardSlug: board.slug }),
      onThread: (created, _opening, source) => {
        threads.push(created);
        onBoard.push({ kind: 'thread', id: created.id, source });
      },
      onPost: (post, source) => onBoard.push({ kind: 'post', id: post.id, source }),
    });
    const threadWatch = client.watchThread(thread.id, {
      catchUp: graphqlCatchUp(graphql),
      onPost: (post, source) => {
        onThread.push({ id: post.id, source });
        if (source === 'catch-up') caughtUpPosts.push(post);
      },
    });
    await eventually(() => boardWatch.seq !== null && threadWatch.seq !== null, 'both watches');
    const shown = (await postsOf(server, thread.id)).map((post) => post.id);
    boardWatch.markSeen([thread.id, ...shown]);
    threadWatch.markSeen(shown);

    const live = await given(server).reply(replier, thread, { body: 'seen live' });
    await eventually(() => onThread.length === 1 && onBoard.length === 1, 'the live reply');

    client.socket.disconnect();
    const missedInThread = [
      await given(server).reply(replier, thread, { body: 'missed 1' }),
      await given(server).reply(owner, thread, { body: 'missed 2' }),
    ];
    const started = await given(server).thread(starter, board, { title: 'Started while away' });
    const opening = (await postsOf(server, started.id)).map((post) => post.id);
    const inNewThread = await given(server).reply(replier, started, { body: 'missed 3' });
    const missedInThreadLater = await given(server).reply(replier, thread, { body: 'missed 4' });
    client.socket.connect();

    await eventually(() => onThread.length === 4, 'the thread catch-up', 10_000);
    await eventually(() => onBoard.length === 7, 'the board catch-up', 10_000);
    await Promise.all([boardWatch.ready(), threadWatch.ready()]);
    await sleep(300);

    expect(onThread).toEqual([
      { id: live, source: 'live' },
      ...[...missedInThread, missedInThreadLater].map((id) => ({ id, source: 'catch-up' })),
    ]);
    expect(onBoard).toEqual([
      { kind: 'post', id: live, source: 'live' },
      ...missedInThread.map((id) => ({ kind: 'post', id, source: 'catch-up' })),
      { kind: 'thread', id: started.id, source: 'catch-up' },
      ...opening.map((id) => ({ kind: 'post', id, source: 'catch-up' })),
      { kind: 'post', id: inNewThread, source: 'catch-up' },
      { kind: 'post', id: missedInThreadLater, source: 'catch-up' },
    ]);
    // Re-read items carry what live events carry.
    expect(threads[0]).toMatchObject({
      id: started.id,
      boardId: board.id,
      title: 'Started while away',
      authorId: starter.id,
      author: { id: starter.id, handle: starter.handle },
    });
    expect(caughtUpPosts[0]).toMatchObject({
      id: missedInThread[0],
      threadId: thread.id,
      boardId: board.id,
      authorId: replier.id,
      body: 'missed 1',
      bodyHtml: expect.stringContaining('missed 1'),
      replyToId: null,
      deleted: false,
    });
    expect(boardWatch.seq).toBe(threadWatch.seq);

    // Live again afterwards, without repeats.
    const after = await given(server).reply(owner, thread, { body: 'back live' });
    await eventually(() => onThread.length === 5 && onBoard.length === 8, 'live again');
    expect(onThread[4]).toEqual({ id: after, source: 'live' });
    expect(onBoard[7]).toEqual({ kind: 'post', id: after, source: 'live' });
  });

  it('reports a board watch without the board slug as an error instead of guessing', async () => {
    const graphql = createGraphqlClient({ url: `${server.url}/graphql` });
    const client = connect();
    const errors: string[] = [];
    const watch = client.watchBoard(board.id, {
      catchUp: graphqlCatchUp(graphql),
      onError: (error) => errors.push(error.message),
    });
    await eventually(() => watch.seq !== null, 'the watch');
    client.socket.disconnect();
    await given(server).reply(replier, thread, { body: 'missed without a slug' });
    client.socket.connect();
    await eventually(() => errors.length > 0, 'the error');
    expect(errors[0]).toContain('boardSlug');
  });
});
