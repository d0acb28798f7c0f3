import { given, TestBoard, TestMember, TestThread } from './support/given';
import { command, connectSocket, nextEvent } from './support/realtime';
import { TestServer } from './support/test-server';

const HIDE = `mutation ($id: ID!, $reason: String!) { hidePost(postId: $id, reason: $reason) { id hidden body } }`;
const UNHIDE = `mutation ($id: ID!, $reason: String!) { unhidePost(postId: $id, reason: $reason) { id hidden } }`;
const FLAG = `mutation ($id: ID!, $reason: String!) { flagPost(postId: $id, reason: $reason) }`;
const THREAD_POSTS = `query ($id: ID!) { thread(id: $id) { posts { edges { node { id hidden body bodyHtml } } } } }`;
const LOG = `query ($boardId: ID) {
  moderationLog(boardId: $boardId) {
    edges { node { action reason automatic createdAt moderator { handle } subject { handle } board { slug } post { id body } } }
  }
}`;

interface LogEntry {
  action: string;
  reason: string;
  automatic: boolean;
  moderator: { handle: string };
  subject: { handle: string } | null;
  board: { slug: string } | null;
  post: { id: string; body: string } | null;
}

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.[0]?.extensions?.['code'] ?? 'OK';

describe('moderation (e2e)', () => {
  let server: TestServer;
  let owner: TestMember;
  let author: TestMember;
  let board: TestBoard;
  let thread: TestThread;

  beforeAll(async () => {
    server = await TestServer.start({
      STAFF_EMAIL_DOMAINS: 'acme.example',
      ADMIN_EMAILS: 'mod_root@members.example',
      AUTO_HIDE_FLAG_COUNT: '3',
    });
    owner = await given(server).member();
    author = await given(server).member();
    board = await given(server).board(owner);
    thread = await given(server).thread(owner, board);
  });

  afterAll(async () => {
    await server.close();
  });

  const postBy = (member: TestMember, body = 'A post to moderate') =>
    given(server).reply(member, thread, { body });
  const bodySeenBy = async (postId: string, token?: string) => {
    const data = await server.ok<{
      thread: { posts: { edges: Array<{ node: { id: string; body: string; bodyHtml: string } }> } };
    }>(THREAD_POSTS, { id: thread.id }, { token });
    return data.thread.posts.edges.find((edge) => edge.node.id === postId)?.node;
  };
  const log = async (boardId?: string) =>
    (
      await server.ok<{ moderationLog: { edges: Array<{ node: LogEntry }> } }>(LOG, { boardId })
    ).moderationLog.edges.map((edge) => edge.node);

  it('lets only the board’s moderators and admins hide a post, never staff as such', async () => {
    const otherBoardModerator = await given(server).member();
    await given(server).board(otherBoardModerator);
    const people: Record<string, TestMember | undefined> = {
      anonymous: undefined,
      unverified: await given(server).member({ verified: false }),
      author: undefined,
      member: await given(server).member(),
      staff: await given(server).member({ domain: 'acme.example' }),
      otherBoardModerator,
      moderator: owner,
      admin: await given(server).member({ handle: 'mod_root' }),
    };
    const expected: Record<string, string> = {
      anonymous: 'UNAUTHENTICATED',
      unverified: 'FORBIDDEN',
      author: 'FORBIDDEN',
      member: 'FORBIDDEN',
      staff: 'FORBIDDEN',
      otherBoardModerator: 'FORBIDDEN',
      moderator: 'OK',
      admin: 'OK',
    };
    const outcomes: Record<string, unknown> = {};
    for (const [role, person] of Object.entries(people)) {
      // A fresh poster each time keeps within the posting limits of new accounts.
      const poster = await given(server).member();
      const postId = await postBy(poster);
      const actor = role === 'author' ? poster : person;
      outcomes[role] = codeOf(
        await server.graphql(HIDE, { id: postId, reason: 'Abuse' }, { token: actor?.token }),
      );
    }
    expect(outcomes).toEqual(expected);
  });

  it('hides the body from everyone but the author, moderators and admins, and logs it publicly', async () => {
    const postId = await postBy(author, 'Insulting words about @someone');
    const reader = await given(server).member();
    const hidden = await server.ok<{ hidePost: { hidden: boolean; body: string } }>(
      HIDE,
      { id: postId, reason: 'Personal attack' },
      { token: owner.token },
    );
    expect(hidden.hidePost).toMatchObject({ hidden: true, body: 'Insulting words about @someone' });

    expect(await bodySeenBy(postId)).toMatchObject({ body: '', bodyHtml: '' });
    expect(await bodySeenBy(postId, reader.token)).toMatchObject({ body: '', bodyHtml: '' });
    expect((await bodySeenBy(postId, author.token))?.body).toBe('Insulting words about @someone');
    expect((await bodySeenBy(postId, owner.token))?.body).toBe('Insulting words about @someone');

    const entry = (await log(board.id)).find((item) => item.post?.id === postId);
    expect(entry).toMatchObject({
      action: 'HIDE_POST',
      reason: 'Personal attack',
      automatic: false,
      moderator: { handle: owner.handle },
      subject: { handle: author.handle },
      board: { slug: board.slug },
      post: { id: postId, body: '' },
    });

    const search = await server.ok<{ search: { edges: unknown[] } }>(
      `{ search(query: "insulting") { edges { node { id } } } }`,
    );
    expect(search.search.edges).toEqual([]);

    await server.ok(UNHIDE, { id: postId, reason: 'Apology made' }, { token: owner.token });
    expect((await bodySeenBy(postId, reader.token))?.body).toBe('Insulting words about @someone');
    expect((await log(board.id))[0]).toMatchObject({
      action: 'UNHIDE_POST',
      reason: 'Apology made',
    });
  });

  it('never sends a hidden body to room watchers, also when its author edits it', async () => {
    const poster = await given(server).member();
    const postId = await postBy(poster, 'Secret insult');
    const watcherSocket = await connectSocket(server.url, {
      token: (await given(server).member()).token,
    });
    try {
      expect(await command(watcherSocket, 'thread:watch', { threadId: thread.id })).toMatchObject({
        ok: true,
      });
      const hiddenEvent = nextEvent<{
        post: { id: string; hidden: boolean; body: string; bodyHtml: string };
      }>(watcherSocket, 'post.updated', (message) => message.post.id === postId);
      await server.ok(HIDE, { id: postId, reason: 'Insult' }, { token: owner.token });
      expect((await hiddenEvent).post).toMatchObject({ hidden: true, body: '', bodyHtml: '' });

      const editedEvent = nextEvent<{ post: { id: string; body: string; bodyHtml: string } }>(
        watcherSocket,
        'post.updated',
        (message) => message.post.id === postId,
      );
      await server.ok(
        `mutation ($id: ID!) { editPost(id: $id, body: "Still secret") { id } }`,
        { id: postId },
        { token: poster.token },
      );
      expect((await editedEvent).post).toMatchObject({ body: '', bodyHtml: '' });
    } finally {
      watcherSocket.close();
    }
  });

  it('requires a reason, and answers unknown posts with NOT_FOUND', async () => {
    const postId = await postBy(author);
    expect(
      codeOf(await server.graphql(HIDE, { id: postId, reason: '  ' }, { token: owner.token })),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await server.graphql(HIDE, { id: postId, reason: 'x'.repeat(501) }, { token: owner.token }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await server.graphql(
          HIDE,
          { id: '00000000-0000-4000-8000-000000000000', reason: 'x' },
          { token: owner.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await server.graphql(FLAG, { id: 'nope', reason: 'spam' }, { token: author.token })),
    ).toBe('NOT_FOUND');
  });

  it('takes one flag per member per post, with a reason; not from the author or unverified accounts', async () => {
    const postId = await postBy(author);
    const flagger = await given(server).member();
    expect(
      codeOf(await server.graphql(FLAG, { id: postId, reason: 'Spam' }, { token: flagger.token })),
    ).toBe('OK');
    expect(
      codeOf(
        await server.graphql(FLAG, { id: postId, reason: 'Spam again' }, { token: flagger.token }),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await server.graphql(
          FLAG,
          { id: postId, reason: '' },
          { token: (await given(server).member()).token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await server.graphql(FLAG, { id: postId, reason: 'Mine' }, { token: author.token })),
    ).toBe('BAD_USER_INPUT');
    const unverified = await given(server).member({ verified: false });
    expect(
      codeOf(
        await server.graphql(FLAG, { id: postId, reason: 'Spam' }, { token: unverified.token }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await server.graphql(FLAG, { id: postId, reason: 'Spam' }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('shows open flags to the board’s moderators and admins only', async () => {
    const postId = await postBy(author, 'Buy cheap watches');
    const flagger = await given(server).member();
    await server.ok(FLAG, { id: postId, reason: 'Advertising' }, { token: flagger.token });
    const query = `query ($boardId: ID) { openFlags(boardId: $boardId) { edges { node { reason flaggedBy { handle } post { id } } } } }`;
    const asModerator = await server.ok<{
      openFlags: {
        edges: Array<{
          node: { reason: string; flaggedBy: { handle: string }; post: { id: string } };
        }>;
      };
    }>(query, { boardId: board.id }, { token: owner.token });
    expect(asModerator.openFlags.edges.map((edge) => edge.node)).toContainEqual({
      reason: 'Advertising',
      flaggedBy: { handle: flagger.handle },
      post: { id: postId },
    });
    const allMine = await server.ok<{ openFlags: { edges: unknown[] } }>(
      query,
      {},
      { token: owner.token },
    );
    expect(allMine.openFlags.edges.length).toBeGreaterThan(0);
    expect(
      codeOf(await server.graphql(query, { boardId: board.id }, { token: flagger.token })),
    ).toBe('FORBIDDEN');
    const elsewhere = await server.ok<{ openFlags: { edges: unknown[] } }>(
      query,
      {},
      { token: flagger.token },
    );
    expect(elsewhere.openFlags.edges).toEqual([]);

    const dismissed = await server.ok<{ dismissFlags: number }>(
      `mutation ($id: ID!) { dismissFlags(postId: $id, reason: "Not an ad: a joke") }`,
      { id: postId },
      { token: owner.token },
    );
    expect(dismissed.dismissFlags).toBe(1);
    expect((await log(board.id))[0]).toMatchObject({
      action: 'DISMISS_FLAGS',
      reason: 'Not an ad: a joke',
    });
  });

  it('hides a post flagged by enough members until review, logged as automatic', async () => {
    const postId = await postBy(author, 'Obvious spam link');
    const flaggers = [
      await given(server).member(),
      await given(server).member(),
      await given(server).member(),
    ];
    for (const flagger of flaggers.slice(0, 2))
      await server.ok(FLAG, { id: postId, reason: 'Spam' }, { token: flagger.token });
    expect((await bodySeenBy(postId))?.body).toBe('Obvious spam link');
    await server.ok(FLAG, { id: postId, reason: 'Spam' }, { token: flaggers[2].token });
    expect(await bodySeenBy(postId)).toMatchObject({ body: '', bodyHtml: '' });
    expect((await log(board.id))[0]).toMatchObject({
      action: 'HIDE_POST',
      automatic: true,
      moderator: { handle: flaggers[2].handle },
      subject: { handle: author.handle },
    });
  });

  it('records staff status changes in the public log', async () => {
    const staff = await given(server).member({ domain: 'acme.example' });
    const admin = await server.ok<{ signIn: { token: string } }>(
      `mutation { signIn(input: { email: "mod_root@members.example", password: "correct horse battery" }) { token } }`,
    );
    await server.ok(
      `mutation { setStaffDomains(domains: ["newco.example"]) }`,
      {},
      { token: admin.signIn.token },
    );
    const entries = (await log()).filter((entry) => entry.subject?.handle === staff.handle);
    expect(entries.map((entry) => [entry.action, entry.moderator.handle])).toEqual([
      ['STAFF_ENDED', 'mod_root'],
      ['STAFF_GRANTED', staff.handle],
    ]);
    expect(entries[0].reason).toMatch(/removed their email domain/);
  });
});
