import { given, TestBoard, TestMember, TestThread } from './support/given';
import { command, connectSocket, nextEvent, record, sleep } from './support/realtime';
import { TestServer } from './support/test-server';

const HIDE = `mutation ($id: ID!, $reason: String!) { hidePost(postId: $id, reason: $reason) { id hidden body } }`;
const UNHIDE = `mutation ($id: ID!, $reason: String!) { unhidePost(postId: $id, reason: $reason) { id hidden } }`;
const FLAG = `mutation ($id: ID!, $reason: String!) { flagPost(postId: $id, reason: $reason) }`;
const DISMISS = `mutation ($id: ID!, $reason: String!) { dismissFlags(postId: $id, reason: $reason) }`;
const OPEN_FLAGS = `query ($boardId: ID) { openFlags(boardId: $boardId) { edges { node { reason post { id } } } } }`;
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
  let admin: TestMember;
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
    admin = await given(server).member({ handle: 'mod_root' });
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
  const openFlagPostIds = async (token: string) =>
    (
      await server.ok<{ openFlags: { edges: Array<{ node: { post: { id: string } } }> } }>(
        OPEN_FLAGS,
        { boardId: board.id },
        { token },
      )
    ).openFlags.edges.map((edge) => edge.node.post.id);
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
      admin,
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
    const searchInsulting = async () =>
      (
        await server.ok<{ search: { edges: Array<{ node: { id: string } }> } }>(
          `{ search(query: "insulting") { edges { node { id } } } }`,
        )
      ).search.edges.map((edge) => edge.node.id);
    // Found while visible, so the empty result below is the hiding at work, not a bad query.
    expect(await searchInsulting()).toEqual([thread.id]);
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

    expect(await searchInsulting()).toEqual([]);

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

  it('refuses a hidden or deleted post as the accepted answer, naming postId', async () => {
    const ACCEPT = `mutation ($postId: ID!) { acceptAnswer(postId: $postId) { acceptedAnswer { id } } }`;
    const hiddenReply = await postBy(author, 'An insult dressed as an answer');
    await server.ok(HIDE, { id: hiddenReply, reason: 'Insult' }, { token: owner.token });
    const deletedReply = await postBy(author, 'Gone soon');
    await server.ok(
      `mutation ($id: ID!) { deletePost(id: $id) { id } }`,
      { id: deletedReply },
      {
        token: author.token,
      },
    );
    for (const [postId, message] of [
      [hiddenReply, /hidden by moderation/],
      [deletedReply, /deleted/],
    ] as const) {
      const refused = await server.graphql(ACCEPT, { postId }, { token: owner.token });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'postId',
      });
      expect(refused.errors?.[0].message).toMatch(message);
    }
    const after = await server.ok<{ thread: { acceptedAnswer: null } }>(
      `query ($id: ID!) { thread(id: $id) { acceptedAnswer { id } } }`,
      { id: thread.id },
    );
    expect(after.thread.acceptedAnswer).toBeNull();
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
    const entry = (await log(board.id))[0];
    expect(entry).toMatchObject({
      action: 'HIDE_POST',
      automatic: true,
      moderator: { handle: 'automod' },
      subject: { handle: author.handle },
    });
    // The public log does not show who flagged, anywhere in the entry.
    const serialised = JSON.stringify(entry);
    for (const flagger of flaggers) expect(serialised).not.toContain(flagger.handle);
    const automod = await server.ok<{ user: { displayName: string; isStaff: boolean } }>(
      `{ user(handle: "automod") { displayName isStaff } }`,
    );
    expect(automod.user).toEqual({ displayName: 'Automatic moderation', isStaff: false });

    // A moderator confirming the automatic hide closes the flags, and that review is logged too.
    const confirmed = await server.ok<{ hidePost: { hidden: boolean } }>(
      HIDE,
      { id: postId, reason: 'Confirmed: spam' },
      { token: owner.token },
    );
    expect(confirmed.hidePost.hidden).toBe(true);
    expect((await log(board.id))[0]).toMatchObject({
      action: 'HIDE_POST',
      reason: 'Confirmed: spam',
      automatic: false,
      moderator: { handle: owner.handle },
      post: { id: postId },
    });
    expect(await openFlagPostIds(owner.token)).not.toContain(postId);
    // Hiding it once more changes nothing and logs nothing.
    await server.ok(HIDE, { id: postId, reason: 'Again' }, { token: owner.token });
    expect((await log(board.id))[0].reason).toBe('Confirmed: spam');
  });

  it('logs closing the open flags of a visible post through unhidePost', async () => {
    const postId = await postBy(await given(server).member(), 'Borderline joke');
    const flagger = await given(server).member();
    await server.ok(FLAG, { id: postId, reason: 'Rude' }, { token: flagger.token });
    expect(await openFlagPostIds(owner.token)).toContain(postId);
    const shown = await server.ok<{ unhidePost: { hidden: boolean } }>(
      UNHIDE,
      { id: postId, reason: 'A joke, not an attack' },
      { token: owner.token },
    );
    expect(shown.unhidePost.hidden).toBe(false);
    expect(await openFlagPostIds(owner.token)).not.toContain(postId);
    expect((await log(board.id))[0]).toMatchObject({
      action: 'DISMISS_FLAGS',
      reason: 'A joke, not an attack',
      automatic: false,
      moderator: { handle: owner.handle },
      post: { id: postId },
    });
  });

  it('logs one hide when two moderators hide the same post at once', async () => {
    const postId = await postBy(await given(server).member(), 'Hidden twice at once');
    const results = await Promise.all([
      server.graphql(HIDE, { id: postId, reason: 'First' }, { token: owner.token }),
      server.graphql(HIDE, { id: postId, reason: 'Second' }, { token: admin.token }),
    ]);
    expect(results.map(codeOf)).toEqual(['OK', 'OK']);
    const hides = (await log(board.id)).filter(
      (entry) => entry.post?.id === postId && entry.action === 'HIDE_POST',
    );
    expect(hides).toHaveLength(1);
  });

  it('lets only the board’s moderators and admins unhide, dismiss flags and see open flags', async () => {
    const people: Record<string, TestMember | undefined> = {
      anonymous: undefined,
      member: await given(server).member(),
      staff: await given(server).member({ domain: 'acme.example' }),
      moderator: owner,
      admin,
    };
    const expected = {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      staff: 'FORBIDDEN',
      moderator: 'OK',
      admin: 'OK',
    };
    const unhide: Record<string, unknown> = {};
    const dismiss: Record<string, unknown> = {};
    const openFlags: Record<string, unknown> = {};
    for (const [role, person] of Object.entries(people)) {
      const poster = await given(server).member();
      const hiddenPost = await postBy(poster, `Hidden for ${role}`);
      await server.ok(HIDE, { id: hiddenPost, reason: 'Review' }, { token: owner.token });
      unhide[role] = codeOf(
        await server.graphql(UNHIDE, { id: hiddenPost, reason: 'Fine' }, { token: person?.token }),
      );
      const flaggedPost = await postBy(poster, `Flagged for ${role}`);
      await server.ok(
        FLAG,
        { id: flaggedPost, reason: 'Spam' },
        { token: (await given(server).member()).token },
      );
      dismiss[role] = codeOf(
        await server.graphql(
          DISMISS,
          { id: flaggedPost, reason: 'Fine' },
          { token: person?.token },
        ),
      );
      openFlags[role] = codeOf(
        await server.graphql(OPEN_FLAGS, { boardId: board.id }, { token: person?.token }),
      );
    }
    expect(unhide).toEqual(expected);
    expect(dismiss).toEqual(expected);
    expect(openFlags).toEqual(expected);
  });

  it('never leaks a hidden body through replyTo, acceptedAnswer or a notification’s post', async () => {
    const asker = await given(server).member();
    const answerer = await given(server).member();
    const mentioned = await given(server).member();
    const question = await given(server).thread(asker, board);
    const secret = `Hidden answer for @${mentioned.handle}`;
    const answerId = await given(server).reply(answerer, question, { body: secret });
    await given(server).reply(asker, question, { body: 'Thanks!', replyToPostId: answerId });
    await server.ok(
      `mutation ($id: ID!) { acceptAnswer(postId: $id) { id } }`,
      { id: answerId },
      { token: asker.token },
    );
    const NOTIFIED = `{ notifications(first: 20) { edges { node { kind post { id body bodyHtml } } } } }`;
    type Notified = {
      notifications: {
        edges: Array<{ node: { kind: string; post: { id: string; body: string } | null } }>;
      };
    };
    let mention: { id: string; body: string } | null = null;
    for (let attempt = 0; attempt < 100 && !mention; attempt += 1) {
      const data = await server.ok<Notified>(NOTIFIED, {}, { token: mentioned.token });
      mention =
        data.notifications.edges.find((edge) => edge.node.post?.id === answerId)?.node.post ?? null;
      if (!mention) await sleep(50);
    }
    // Visible first, so the empty bodies below are the hiding at work.
    expect(mention?.body).toBe(secret);

    await server.ok(HIDE, { id: answerId, reason: 'Off topic' }, { token: owner.token });
    const VIEW = `query ($id: ID!) { thread(id: $id) {
      acceptedAnswer { id body bodyHtml }
      posts { edges { node { id replyTo { id body bodyHtml } } } } } }`;
    type View = {
      thread: {
        acceptedAnswer: { id: string; body: string; bodyHtml: string };
        posts: {
          edges: Array<{
            node: { id: string; replyTo: { id: string; body: string; bodyHtml: string } | null };
          }>;
        };
      };
    };
    for (const token of [undefined, mentioned.token, (await given(server).member()).token]) {
      const view = await server.ok<View>(VIEW, { id: question.id }, { token });
      expect(view.thread.acceptedAnswer).toEqual({ id: answerId, body: '', bodyHtml: '' });
      const replyTo = view.thread.posts.edges.find((edge) => edge.node.replyTo)?.node.replyTo;
      expect(replyTo).toEqual({ id: answerId, body: '', bodyHtml: '' });
    }
    const notified = await server.ok<Notified>(NOTIFIED, {}, { token: mentioned.token });
    expect(
      notified.notifications.edges.find((edge) => edge.node.post?.id === answerId)?.node.post,
    ).toEqual({ id: answerId, body: '', bodyHtml: '' });
    // Its author still reads it through the same paths.
    const own = await server.ok<View>(VIEW, { id: question.id }, { token: answerer.token });
    expect(own.thread.acceptedAnswer.body).toBe(secret);
  });

  it('hides a thread’s title with its opening post, in GraphQL, search and room events', async () => {
    const poster = await given(server).member();
    const title = 'Zanzibar conspiracy megathread';
    const hiddenThread = await given(server).thread(poster, board, {
      title,
      body: 'An opening post that gets hidden.',
    });
    const [opening] = (
      await server.ok<{ thread: { posts: { edges: Array<{ node: { id: string } }> } } }>(
        `query ($id: ID!) { thread(id: $id) { posts(first: 1) { edges { node { id } } } } }`,
        { id: hiddenThread.id },
      )
    ).thread.posts.edges.map((edge) => edge.node.id);
    const TITLE = `query ($id: ID!) { thread(id: $id) { title hidden } }`;
    const titleSeenBy = async (token?: string) =>
      (
        await server.ok<{ thread: { title: string; hidden: boolean } }>(
          TITLE,
          { id: hiddenThread.id },
          { token },
        )
      ).thread;
    const searchZanzibar = async (token?: string) =>
      (
        await server.ok<{ search: { edges: Array<{ node: { id: string; title: string } }> } }>(
          `{ search(query: "zanzibar") { edges { node { id title } } } }`,
          {},
          { token },
        )
      ).search.edges.map((edge) => edge.node);
    expect(await titleSeenBy()).toEqual({ title, hidden: false });
    expect(await searchZanzibar()).toEqual([{ id: hiddenThread.id, title }]);

    const watcher = await connectSocket(server.url, {
      token: (await given(server).member()).token,
    });
    try {
      expect(await command(watcher, 'board:watch', { boardId: board.id })).toMatchObject({
        ok: true,
      });
      const events = record(watcher, ['post.updated', 'thread.created']);
      const hiddenEvent = nextEvent<{ post: { id: string; hidden: boolean } }>(
        watcher,
        'post.updated',
        (message) => message.post.id === opening,
      );
      await server.ok(HIDE, { id: opening, reason: 'Conspiracy spam' }, { token: owner.token });
      expect((await hiddenEvent).post).toMatchObject({ hidden: true });
      // The room event carries the post, never the thread's title.
      expect(events.map((seen) => seen.event)).toContain('post.updated');
      expect(JSON.stringify(events)).not.toContain('Zanzibar');
    } finally {
      watcher.close();
    }

    const reader = await given(server).member();
    for (const token of [undefined, reader.token]) {
      expect(await titleSeenBy(token)).toEqual({ title: '[hidden]', hidden: true });
      expect(await searchZanzibar(token)).toEqual([]);
    }
    for (const token of [poster.token, owner.token, admin.token]) {
      expect(await titleSeenBy(token)).toEqual({ title, hidden: true });
    }
    const listed = await server.ok<{
      board: { threads: { edges: Array<{ node: { id: string; title: string } }> } };
    }>(
      `query ($slug: String!) { board(slug: $slug) { threads(first: 100) { edges { node { id title } } } } }`,
      { slug: board.slug },
    );
    expect(
      listed.board.threads.edges.find((edge) => edge.node.id === hiddenThread.id)?.node,
    ).toEqual({ id: hiddenThread.id, title: '[hidden]' });

    await server.ok(UNHIDE, { id: opening, reason: 'Reviewed' }, { token: owner.token });
    expect(await titleSeenBy()).toEqual({ title, hidden: false });
    expect(await searchZanzibar()).toEqual([{ id: hiddenThread.id, title }]);
  });

  it('records staff status changes in the public log', async () => {
    const staff = await given(server).member({ domain: 'acme.example' });
    // Written in the same transaction as the change: in the log as soon as the mutation answers.
    await server.ok(
      `mutation { setStaffDomains(domains: ["newco.example"]) }`,
      {},
      { token: admin.token },
    );
    const entries = (await log()).filter((entry) => entry.subject?.handle === staff.handle);
    expect(entries.map((entry) => [entry.action, entry.moderator.handle])).toEqual([
      ['STAFF_ENDED', 'mod_root'],
      ['STAFF_GRANTED', staff.handle],
    ]);
    expect(entries[0].reason).toMatch(/removed their email domain/);

    // Neither commits without the other: a log that refuses the entry refuses the change.
    await server.sql(
      `ALTER TABLE moderation_entries ADD CONSTRAINT no_grants CHECK (action <> 'STAFF_GRANTED') NOT VALID`,
    );
    try {
      const refused = await server.graphql(
        `mutation { setStaffDomains(domains: ["acme.example"]) }`,
        {},
        { token: admin.token },
      );
      expect(refused.errors).toBeDefined();
    } finally {
      await server.sql(`ALTER TABLE moderation_entries DROP CONSTRAINT no_grants`);
    }
    const after = await server.ok<{ user: { isStaff: boolean } }>(
      `query ($handle: String!) { user(handle: $handle) { isStaff } }`,
      { handle: staff.handle },
    );
    expect(after.user.isStaff).toBe(false);
    const domains = await server.ok<{ staffDomains: string[] }>(
      `{ staffDomains }`,
      {},
      { token: admin.token },
    );
    expect(domains.staffDomains).toEqual(['newco.example']);
  });
});
