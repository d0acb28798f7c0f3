import { given, TestBoard, TestMember } from './support/given';
import { TestServer } from './support/test-server';

const BOARD_PAGE = `query ($slug: String!) {
  board(slug: $slug) {
    id name memberCount threadCount postCount viewerIsMember viewerIsModerator
    createdBy { handle } moderators { handle }
    threads(first: 20) {
      edges { cursor node { id title replyCount participantCount lastActivityAt author { handle displayName isStaff } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const THREAD_PAGE = `query ($id: ID!) {
  thread(id: $id) {
    id title replyCount participantCount board { slug name viewerIsMember } author { handle }
    acceptedAnswer { id }
    posts(first: 50) {
      edges { cursor node { id bodyHtml createdAt deleted author { handle displayName isStaff }
        replyTo { id author { handle } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const JOIN = `mutation ($id: ID!) { joinBoard(boardId: $id) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`;
const THREAD_COUNTERS = `query ($id: ID!) { thread(id: $id) { replyCount participantCount
  board { memberCount threadCount postCount incubating } } }`;

describe('conversations at scale (e2e)', () => {
  let server: TestServer;
  let members: TestMember[];

  beforeAll(async () => {
    server = await TestServer.start();
    members = [];
    for (let index = 0; index < 50; index += 1) members.push(await given(server).member());
  });

  afterAll(async () => {
    await server.close();
  });

  /** Statements sent for one request, after a warm-up so session bookkeeping is settled. */
  async function statementsFor(query: string, variables: Record<string, unknown>, token: string) {
    await server.ok(query, variables, { token });
    const { count } = await server.countStatements(() => server.ok(query, variables, { token }));
    return count;
  }

  it('serves a board page (board + 20 threads with authors) in a constant number of statements', async () => {
    const owner = members[0];
    const small = await given(server).board(owner);
    const large = await given(server).board(owner);
    for (let index = 0; index < 2; index += 1)
      await given(server).thread(members[index + 1], small);
    for (let index = 0; index < 20; index += 1)
      await given(server).thread(members[index + 1], large);

    const smallCount = await statementsFor(BOARD_PAGE, { slug: small.slug }, owner.token);
    const largeCount = await statementsFor(BOARD_PAGE, { slug: large.slug }, owner.token);
    expect(smallCount).toBeGreaterThanOrEqual(3);
    expect(largeCount).toBe(smallCount);
    // Session, board, moderators, viewer role, creator and moderators, threads, authors.
    expect(largeCount).toBeLessThanOrEqual(8);
  });

  it("reads a board page's thread authors in the threads' own statement", async () => {
    const owner = members[0];
    const board = await given(server).board(owner);
    const authors = members.slice(1, 13);
    for (const author of authors) await given(server).thread(author, board);
    const page = (fields: string) => `query ($slug: String!) {
      board(slug: $slug) { threads(first: 10) { edges { node { id ${fields} } } } } }`;
    const withAuthors = page('author { handle displayName isStaff }');

    expect(await statementsFor(withAuthors, { slug: board.slug }, owner.token)).toBe(
      await statementsFor(page(''), { slug: board.slug }, owner.token),
    );
    const data = await server.ok<{
      board: { threads: { edges: Array<{ node: { author: { handle: string } } }> } };
    }>(withAuthors, { slug: board.slug }, { token: owner.token });
    // Most recently active first: the last ten authors, newest first.
    expect(data.board.threads.edges.map((edge) => edge.node.author.handle)).toEqual(
      authors
        .slice(-10)
        .reverse()
        .map((author) => author.handle),
    );
  });

  it("reads a board page's threads in the board's own statement, as its resolver would", async () => {
    // Members of their own: the others' daily budgets for boards and threads go to other tests.
    const owner = members[40];
    const board = await given(server).board(owner);
    const authors = members.slice(41, 48);
    for (const author of authors) await given(server).thread(author, board);
    const THREADS = `edges { cursor node { id title lastActivityAt author { handle } } }
      pageInfo { hasNextPage endCursor }`;
    type Page = {
      edges: Array<{ cursor: string; node: { id: string; author: { handle: string } } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    // Read with the board, then through Board.threads' own statement (a fragment is left to it).
    const withBoard = `query ($slug: String!, $first: Int, $after: String) {
      board(slug: $slug) { id name threads(first: $first, after: $after) { ${THREADS} } } }`;
    const onItsOwn = `query ($slug: String!, $first: Int, $after: String) {
      board(slug: $slug) { id name ... on Board { threads(first: $first, after: $after) { ${THREADS} } } } }`;
    const read = async (query: string, variables: Record<string, unknown>) =>
      (await server.ok<{ board: { threads: Page } }>(query, variables, { token: owner.token }))
        .board.threads;

    const variables = { slug: board.slug, first: 3 };
    const first = await read(withBoard, variables);
    expect(first).toEqual(await read(onItsOwn, variables));
    expect(first.edges.map((edge) => edge.node.author.handle)).toEqual(
      authors
        .slice(-3)
        .reverse()
        .map((author) => author.handle),
    );
    const next = { ...variables, after: first.pageInfo.endCursor };
    const second = await read(withBoard, next);
    expect(second).toEqual(await read(onItsOwn, next));
    expect(second.edges.map((edge) => edge.node.author.handle)).toEqual(
      authors
        .slice(-6, -3)
        .reverse()
        .map((author) => author.handle),
    );

    const boardOnly = `query ($slug: String!) { board(slug: $slug) { id name } }`;
    const statements = await statementsFor(boardOnly, { slug: board.slug }, owner.token);
    expect(await statementsFor(withBoard, variables, owner.token)).toBe(statements);
    expect(await statementsFor(onItsOwn, variables, owner.token)).toBe(statements + 1);

    // Two pages of one board under aliases: the second is read by the resolver, and right.
    const aliased = await server.ok<{ board: { top: Page; more: Page } }>(
      `query ($slug: String!) { board(slug: $slug) {
        top: threads(first: 1) { ${THREADS} } more: threads(first: 5) { ${THREADS} } } }`,
      { slug: board.slug },
      { token: owner.token },
    );
    expect(aliased.board.top.edges).toEqual(first.edges.slice(0, 1));
    expect(aliased.board.more.edges.slice(0, 3)).toEqual(first.edges);
    expect(aliased.board.more.edges.slice(3)).toEqual(second.edges.slice(0, 2));

    // Arguments the resolver refuses are still refused there, with its error.
    for (const refused of [{ first: 0 }, { first: 3, after: 'not-a-cursor' }]) {
      const response = await server.graphql(withBoard, { slug: board.slug, ...refused });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.path).toEqual(['board', 'threads']);
    }
  });

  it('serves a thread page (thread + 50 posts with authors and reply-to) in a constant number of statements', async () => {
    const owner = members[0];
    const board = await given(server).board(owner);
    const short = await given(server).thread(owner, board);
    const long = await given(server).thread(owner, board);
    let previous: string | undefined;
    for (let index = 0; index < 2; index += 1) {
      previous = await given(server).reply(members[index + 1], short, { replyToPostId: previous });
    }
    previous = undefined;
    for (let index = 0; index < 49; index += 1) {
      previous = await given(server).reply(members[(index % 40) + 1], long, {
        replyToPostId: previous,
      });
    }

    const shortCount = await statementsFor(THREAD_PAGE, { id: short.id }, owner.token);
    const longCount = await statementsFor(THREAD_PAGE, { id: long.id }, owner.token);
    expect(shortCount).toBeGreaterThanOrEqual(3);
    expect(longCount).toBe(shortCount);
    // Session, thread, board, viewer role, posts, authors, reply-to posts, their authors.
    expect(longCount).toBeLessThanOrEqual(8);
  });

  it("starts a thread and stores a reply, each with its thread's and board's counters in one statement", async () => {
    // Not members[0]: it opens more boards in this file than the daily limit allows one member.
    const owner = members[45];
    const board = await given(server).board(owner);
    const thread = await given(server).thread(owner, board);
    // A new thread too: the thread, its opening post, its participant and the board's counters.
    let other = thread;
    const started = await server.countStatements(async () => {
      other = await given(server).thread(owner, board);
    });
    expect(other.id).not.toBe(thread.id);
    const starts = started.sql.filter((text) => text.includes('INSERT INTO threads'));
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatch(
      /INSERT INTO posts[\s\S]*INSERT INTO thread_participants[\s\S]*UPDATE boards/,
    );
    expect(
      started.sql.filter((text) => /^\s*(START TRANSACTION|BEGIN|COMMIT)/i.test(text)),
    ).toEqual([]);
    const otherPost = await given(server).reply(owner, other);
    const replier = members[48];
    await given(server).reply(replier, thread);
    const counters = () =>
      server.ok<{
        thread: {
          replyCount: number;
          participantCount: number;
          board: {
            memberCount: number;
            threadCount: number;
            postCount: number;
            incubating: boolean;
          };
        };
      }>(THREAD_COUNTERS, { id: thread.id });
    const before = await counters();

    const { sql } = await server.countStatements(() =>
      given(server).reply(replier, thread, { body: 'One round trip' }),
    );
    const stores = sql.filter((text) => text.includes('INSERT INTO posts'));
    expect(stores).toHaveLength(1);
    expect(stores[0]).toMatch(/UPDATE threads[\s\S]*UPDATE boards/);
    expect(sql.filter((text) => /^\s*(START TRANSACTION|BEGIN|COMMIT)/i.test(text))).toEqual([]);
    const afterReply = await counters();
    expect(afterReply).toEqual({
      thread: {
        ...before.thread,
        replyCount: 2,
        board: { ...before.thread.board, postCount: 5 },
      },
    });
    // Two contributors so far (owner, replier): a third would end the board's incubation.
    expect(afterReply.thread.board.incubating).toBe(true);

    // A reply to a post of another thread stores and counts nothing.
    const refused = await server.graphql(
      REPLY,
      { input: { threadId: thread.id, body: 'Nope', replyToPostId: otherPost } },
      { token: members[49].token },
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(await counters()).toEqual(afterReply);
  });

  it('keeps every counter exact under 50 concurrent replies and 50 concurrent joins', async () => {
    const owner = members[0];
    const board: TestBoard = await given(server).board(owner);
    const thread = await given(server).thread(owner, board);
    const others = members.slice(1);
    const writes = await Promise.all([
      ...others.map((member) =>
        server.graphql(
          REPLY,
          { input: { threadId: thread.id, body: 'Me too' } },
          { token: member.token },
        ),
      ),
      // One extra reply by the owner: a repeat participant must not count twice.
      server.graphql(
        REPLY,
        { input: { threadId: thread.id, body: 'Thanks' } },
        { token: owner.token },
      ),
      ...others.map((member) => server.graphql(JOIN, { id: board.id }, { token: member.token })),
    ]);
    expect(writes.filter((response) => response.errors)).toEqual([]);
    const data = await server.ok<{
      thread: {
        replyCount: number;
        participantCount: number;
        board: { memberCount: number; threadCount: number; postCount: number; incubating: boolean };
      };
    }>(THREAD_COUNTERS, { id: thread.id });
    expect(data.thread).toEqual({
      replyCount: 50,
      participantCount: 50,
      board: { memberCount: 50, threadCount: 1, postCount: 51, incubating: false },
    });
  });
});
