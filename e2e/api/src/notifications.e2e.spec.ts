import { given } from './support/given';
import { TestServer } from './support/test-server';

const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind readAt actor { handle } thread { id } post { id } } } } }`;
const MARK_READ = `mutation { markNotificationsRead }`;
const ACCEPT = `mutation ($id: ID!) { acceptAnswer(postId: $id) { id } }`;

interface NotificationView {
  kind: string;
  readAt: string | null;
  actor: { handle: string } | null;
  thread: { id: string } | null;
  post: { id: string } | null;
}

describe('notifications (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
  });

  afterAll(async () => {
    await server.close();
  });

  /** Notifications are stored after the post commits; wait until `count` have arrived. */
  async function notificationsOf(token: string, count: number): Promise<NotificationView[]> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const data = await server.ok<{ notifications: { edges: Array<{ node: NotificationView }> } }>(
        NOTIFICATIONS,
        {},
        { token },
      );
      if (data.notifications.edges.length >= count) {
        return data.notifications.edges.map((edge) => edge.node);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Fewer than ${count} notifications arrived`);
  }

  it('notifies replies to your thread and post, mentions and accepted answers, never your own actions', async () => {
    const build = given(server);
    const asker = await build.member();
    const helper = await build.member();
    const watcher = await build.member();
    const board = await build.board(asker);
    const thread = await build.thread(asker, board, { body: `Question for @${watcher.handle}` });
    await build.reply(asker, thread, { body: 'My own follow-up' });
    const answer = await build.reply(helper, thread, { body: `Try this, @${asker.handle}` });
    const followUp = await build.reply(asker, thread, { replyToPostId: answer });
    await server.ok(ACCEPT, { id: answer }, { token: asker.token });

    const forAsker = await notificationsOf(asker.token, 1);
    // The reply mentioning the asker in their own thread is one notification, not two.
    expect(forAsker.map((item) => item.kind)).toEqual(['THREAD_REPLY']);
    expect(forAsker[0]).toMatchObject({ actor: { handle: helper.handle }, post: { id: answer } });

    const forHelper = await notificationsOf(helper.token, 2);
    expect(forHelper.map((item) => item.kind)).toEqual(['ANSWER_ACCEPTED', 'POST_REPLY']);
    expect(forHelper[1].post).toEqual({ id: followUp });

    const forWatcher = await notificationsOf(watcher.token, 1);
    expect(forWatcher.map((item) => item.kind)).toEqual(['MENTION']);

    const marked = await server.ok<{ markNotificationsRead: number }>(
      MARK_READ,
      {},
      {
        token: helper.token,
      },
    );
    expect(marked.markNotificationsRead).toBe(2);
    const afterRead = await notificationsOf(helper.token, 2);
    expect(afterRead.every((item) => item.readAt !== null)).toBe(true);

    const anonymous = await server.graphql(NOTIFICATIONS);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('marks read only the notifications up to an explicit upTo', async () => {
    const build = given(server);
    const asker = await build.member();
    const helper = await build.member();
    const board = await build.board(asker);
    const thread = await build.thread(asker, board);
    const MARK_UP_TO = `mutation ($upTo: DateTime) { markNotificationsRead(upTo: $upTo) }`;
    const markUpTo = async (upTo: Date) =>
      (
        await server.ok<{ markNotificationsRead: number }>(
          MARK_UP_TO,
          { upTo: upTo.toISOString() },
          { token: asker.token },
        )
      ).markNotificationsRead;

    const beforeAny = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await build.reply(helper, thread, { body: 'First answer' });
    await notificationsOf(asker.token, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const between = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await build.reply(helper, thread, { body: 'Second answer' });
    await notificationsOf(asker.token, 2);

    expect(await markUpTo(beforeAny)).toBe(0);
    expect(await markUpTo(between)).toBe(1);
    const [newest, oldest] = await notificationsOf(asker.token, 2);
    expect(oldest.readAt).not.toBeNull();
    expect(newest.readAt).toBeNull();
    expect(await markUpTo(between)).toBe(0);
    expect(await markUpTo(new Date(Date.now() + 60_000))).toBe(1);
    expect((await notificationsOf(asker.token, 2)).every((item) => item.readAt !== null)).toBe(
      true,
    );
  });

  it("marks read the viewer's notifications about one thread only, and nobody else's", async () => {
    const build = given(server);
    const asker = await build.member();
    const helper = await build.member();
    const board = await build.board(asker);
    const first = await build.thread(asker, board);
    const second = await build.thread(asker, board);
    await build.thread(helper, board);
    await build.reply(helper, first, { body: 'One' });
    await build.reply(helper, first, { body: 'Two' });
    await build.reply(helper, second, { body: 'Three' });
    await build.reply(asker, second, { body: `Thanks @${helper.handle}` });
    await notificationsOf(asker.token, 3);
    await notificationsOf(helper.token, 1);
    const MARK_THREAD = `mutation ($threadId: ID!) { markThreadNotificationsRead(threadId: $threadId) }`;
    const markThread = async (threadId: string, token: string) =>
      (
        await server.ok<{ markThreadNotificationsRead: number }>(
          MARK_THREAD,
          { threadId },
          { token },
        )
      ).markThreadNotificationsRead;

    // Someone else's read marks nothing of the asker's.
    expect(await markThread(first.id, helper.token)).toBe(0);
    expect(await markThread(first.id, asker.token)).toBe(2);
    expect(await markThread(first.id, asker.token)).toBe(0);
    const unread = (await notificationsOf(asker.token, 3)).filter((item) => item.readAt === null);
    expect(unread.map((item) => item.thread?.id)).toEqual([second.id]);
    expect((await notificationsOf(helper.token, 1))[0].readAt).toBeNull();
    expect(await markThread('not-a-thread', asker.token)).toBe(0);
    const anonymous = await server.graphql(MARK_THREAD, { threadId: first.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an upTo that is not an ISO-8601 date-time as bad input, as a variable or inline', async () => {
    const member = await given(server).member();
    for (const upTo of ['yesterday', '2026-13-45T99:00:00Z', '2026-02-30T00:00:00Z', 12345]) {
      const asVariable = await server.graphql(
        `mutation ($upTo: DateTime) { markNotificationsRead(upTo: $upTo) }`,
        { upTo },
        { token: member.token },
      );
      const inline = await server.graphql(
        `mutation { markNotificationsRead(upTo: ${JSON.stringify(upTo)}) }`,
        {},
        { token: member.token },
      );
      for (const response of [asVariable, inline]) {
        expect([upTo, response.data ?? null, response.errors?.[0].extensions?.code]).toEqual([
          upTo,
          null,
          'BAD_USER_INPUT',
        ]);
        expect(response.errors?.[0].message).toMatch(/DateTime must be an ISO-8601/);
      }
    }
  });
});
