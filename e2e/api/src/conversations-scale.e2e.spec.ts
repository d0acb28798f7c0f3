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
