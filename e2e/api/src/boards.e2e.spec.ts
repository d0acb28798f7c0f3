import { given, TestMember } from './support/given';
import { TestServer } from './support/test-server';

const BOARD_FIELDS = `id slug name description official incubating memberCount threadCount postCount
  createdAt lastActivityAt viewerIsMember viewerIsModerator createdBy { handle } moderators { handle }`;
const CREATE = `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { ${BOARD_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateBoardInput!) { updateBoard(input: $input) { ${BOARD_FIELDS} } }`;
const JOIN = `mutation ($id: ID!) { joinBoard(boardId: $id) { ${BOARD_FIELDS} } }`;
const LEAVE = `mutation ($id: ID!, $next: String) { leaveBoard(boardId: $id, newModeratorHandle: $next) { ${BOARD_FIELDS} } }`;
const ADD_MODERATOR = `mutation ($id: ID!, $handle: String!) { addBoardModerator(boardId: $id, handle: $handle) { ${BOARD_FIELDS} } }`;
const BOARD = `query ($slug: String!) { board(slug: $slug) { ${BOARD_FIELDS} } }`;
const BOARDS = `query ($orderBy: BoardOrder, $query: String, $first: Int, $after: String) {
  boards(orderBy: $orderBy, query: $query, first: $first, after: $after) {
    edges { cursor node { id slug name incubating memberCount } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface BoardView {
  id: string;
  slug: string;
  name: string;
  official: boolean;
  incubating: boolean;
  memberCount: number;
  viewerIsMember: boolean;
  viewerIsModerator: boolean;
  createdBy: { handle: string };
  moderators: Array<{ handle: string }>;
}

type BoardsPage = {
  boards: {
    edges: Array<{ node: { id: string; slug: string; incubating: boolean; memberCount: number } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('boards (e2e)', () => {
  let server: TestServer;
  let owner: TestMember;

  beforeAll(async () => {
    server = await TestServer.start({ STAFF_EMAIL_DOMAINS: 'acme.example' });
  });

  // A fresh owner per test keeps the daily board limit from coupling tests.
  beforeEach(async () => {
    owner = await given(server).member();
  });

  afterAll(async () => {
    await server.close();
  });

  const code = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    response.errors?.[0]?.extensions?.['code'];

  it('creates a board with a slug derived from the name; the creator is member and moderator', async () => {
    const data = await server.ok<{ createBoard: BoardView }>(
      CREATE,
      { input: { name: '  Making   Friends! ', description: 'Say hello.' } },
      { token: owner.token },
    );
    expect(data.createBoard).toMatchObject({
      slug: 'making-friends',
      name: 'Making Friends!',
      official: false,
      incubating: true,
      memberCount: 1,
      viewerIsMember: true,
      viewerIsModerator: true,
      createdBy: { handle: owner.handle },
      moderators: [{ handle: owner.handle }],
    });
    const anonymous = await server.ok<{ board: BoardView }>(BOARD, { slug: 'making-friends' });
    expect(anonymous.board).toMatchObject({ viewerIsMember: false, viewerIsModerator: false });
  });

  it('marks boards created by staff as official', async () => {
    const staff = await given(server).member({ domain: 'acme.example' });
    const board = await server.ok<{ createBoard: BoardView }>(
      CREATE,
      { input: { name: 'Release notes' } },
      { token: staff.token },
    );
    expect(board.createBoard.official).toBe(true);
  });

  it('answers a taken slug or a look-alike name with CONFLICT naming the board', async () => {
    const board = await given(server).board(owner, { name: 'Garden Tools' });
    const sameSlug = await server.graphql(
      CREATE,
      { input: { name: 'Other name', slug: board.slug } },
      { token: owner.token },
    );
    expect(code(sameSlug)).toBe('CONFLICT');
    const lookAlike = await server.graphql(
      CREATE,
      { input: { name: 'GARDEN-T00L' } },
      { token: owner.token },
    );
    expect(code(lookAlike)).toBe('CONFLICT');
    expect(lookAlike.errors?.[0]?.message).toContain('Garden Tools');
    expect(lookAlike.errors?.[0]?.extensions?.['slug']).toBe(board.slug);
  });

  it('refuses unverified accounts and bad names', async () => {
    const unverified = await given(server).member({ verified: false });
    const refused = await server.graphql(
      CREATE,
      { input: { name: 'Unverified board' } },
      { token: unverified.token },
    );
    expect(code(refused)).toBe('FORBIDDEN');
    const anonymous = await server.graphql(CREATE, { input: { name: 'Anonymous board' } });
    expect(code(anonymous)).toBe('UNAUTHENTICATED');
    for (const input of [
      { name: 'ab' },
      { name: 'x'.repeat(61) },
      { name: '!!!!' },
      { name: 'Good name', slug: 'Bad Slug' },
      { name: 'Long description', description: 'd'.repeat(1001) },
    ]) {
      const bad = await server.graphql(CREATE, { input }, { token: owner.token });
      expect(code(bad)).toBe('BAD_USER_INPUT');
    }
  });

  it('limits how many boards one member creates per day', async () => {
    const member = await given(server).member();
    for (let index = 0; index < 5; index += 1) await given(server).board(member);
    const sixth = await server.graphql(
      CREATE,
      { input: { name: 'One board too many' } },
      { token: member.token },
    );
    expect(code(sixth)).toBe('RATE_LIMITED');
  });

  it('joins and leaves idempotently, and keeps the last moderator until a successor is named', async () => {
    const board = await given(server).board(owner);
    const member = await given(server).member();
    const joined = await server.ok<{ joinBoard: BoardView }>(
      JOIN,
      { id: board.id },
      { token: member.token },
    );
    expect(joined.joinBoard).toMatchObject({ memberCount: 2, viewerIsMember: true });
    const again = await server.ok<{ joinBoard: BoardView }>(
      JOIN,
      { id: board.id },
      { token: member.token },
    );
    expect(again.joinBoard.memberCount).toBe(2);

    const stuck = await server.graphql(LEAVE, { id: board.id }, { token: owner.token });
    expect(code(stuck)).toBe('CONFLICT');
    const handedOver = await server.ok<{ leaveBoard: BoardView }>(
      LEAVE,
      { id: board.id, next: member.handle },
      { token: owner.token },
    );
    expect(handedOver.leaveBoard).toMatchObject({
      memberCount: 1,
      viewerIsMember: false,
      moderators: [{ handle: member.handle }],
    });
    const leftAgain = await server.ok<{ leaveBoard: BoardView }>(
      LEAVE,
      { id: board.id },
      { token: owner.token },
    );
    expect(leftAgain.leaveBoard.memberCount).toBe(1);
  });

  it('lets moderators update the board and add moderators; others get FORBIDDEN', async () => {
    const board = await given(server).board(owner);
    const other = await given(server).member();
    const refused = await server.graphql(
      UPDATE,
      { input: { boardId: board.id, description: 'Mine now' } },
      { token: other.token },
    );
    expect(code(refused)).toBe('FORBIDDEN');
    const updated = await server.ok<{ updateBoard: BoardView & { description: string } }>(
      UPDATE,
      { input: { boardId: board.id, description: 'Updated.' } },
      { token: owner.token },
    );
    expect(updated.updateBoard.description).toBe('Updated.');
    const added = await server.ok<{ addBoardModerator: BoardView }>(
      ADD_MODERATOR,
      { id: board.id, handle: other.handle },
      { token: owner.token },
    );
    expect(added.addBoardModerator.memberCount).toBe(2);
    expect(added.addBoardModerator.moderators.map((user) => user.handle).sort()).toEqual(
      [owner.handle, other.handle].sort(),
    );
    const unknown = await server.graphql(
      ADD_MODERATOR,
      { id: board.id, handle: 'nobody_here' },
      { token: owner.token },
    );
    expect(code(unknown)).toBe('NOT_FOUND');
  });

  it('answers unknown or malformed ids with NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await server.graphql(JOIN, { id }, { token: owner.token });
      expect(code(response)).toBe('NOT_FOUND');
    }
    const missing = await server.ok<{ board: null }>(BOARD, { slug: 'no-such-board' });
    expect(missing.board).toBeNull();
  });

  it('keeps incubating boards out of TRENDING until three distinct members joined', async () => {
    const board = await given(server).board(owner, { name: 'Incubator test board' });
    const trendingIds = async () =>
      (await server.ok<BoardsPage>(BOARDS, { orderBy: 'TRENDING', first: 100 })).boards.edges.map(
        (edge) => edge.node.id,
      );
    expect(await trendingIds()).not.toContain(board.id);
    const [first, second] = [await given(server).member(), await given(server).member()];
    await server.ok(JOIN, { id: board.id }, { token: first.token });
    expect(await trendingIds()).not.toContain(board.id);
    const third = await server.ok<{ joinBoard: BoardView }>(
      JOIN,
      { id: board.id },
      { token: second.token },
    );
    expect(third.joinBoard.incubating).toBe(false);
    expect(await trendingIds()).toContain(board.id);
  });

  it('lists boards by NEWEST, MEMBERS and ACTIVE with keyset cursors and a query filter', async () => {
    const tag = `zeta${Date.now()}`;
    const created = [];
    for (let index = 0; index < 3; index += 1) {
      created.push(
        await given(server).board(owner, {
          name: `${tag} ${index}`,
          description: `About ${tag}`,
        }),
      );
    }
    const first = await server.ok<BoardsPage>(BOARDS, { orderBy: 'NEWEST', query: tag, first: 2 });
    expect(first.boards.edges.map((edge) => edge.node.id)).toEqual([created[2].id, created[1].id]);
    expect(first.boards.pageInfo.hasNextPage).toBe(true);
    const second = await server.ok<BoardsPage>(BOARDS, {
      orderBy: 'NEWEST',
      query: tag,
      first: 2,
      after: first.boards.pageInfo.endCursor,
    });
    expect(second.boards.edges.map((edge) => edge.node.id)).toEqual([created[0].id]);
    expect(second.boards.pageInfo.hasNextPage).toBe(false);

    const joiner = await given(server).member();
    await server.ok(JOIN, { id: created[0].id }, { token: joiner.token });
    const byMembers = await server.ok<BoardsPage>(BOARDS, { orderBy: 'MEMBERS', query: tag });
    expect(byMembers.boards.edges[0].node.id).toBe(created[0].id);
    const active = await server.ok<BoardsPage>(BOARDS, { orderBy: 'ACTIVE', query: tag });
    expect(active.boards.edges).toHaveLength(3);

    const none = await server.ok<BoardsPage>(BOARDS, { orderBy: 'NEWEST', query: '100%_' });
    expect(none.boards.edges).toHaveLength(0);
  });

  it('refuses invalid cursors and page sizes over 100', async () => {
    const badCursor = await server.graphql(BOARDS, { orderBy: 'NEWEST', after: 'garbage' });
    expect(code(badCursor)).toBe('BAD_USER_INPUT');
    const tooMany = await server.graphql(BOARDS, { orderBy: 'NEWEST', first: 101 });
    expect(code(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('counts 50 concurrent joins exactly', async () => {
    const board = await given(server).board(owner);
    const joiners: TestMember[] = [];
    for (let index = 0; index < 50; index += 1) joiners.push(await given(server).member());
    const responses = await Promise.all(
      joiners.flatMap((joiner) => [
        server.graphql(JOIN, { id: board.id }, { token: joiner.token }),
        server.graphql(JOIN, { id: board.id }, { token: joiner.token }),
      ]),
    );
    expect(responses.filter((response) => response.errors)).toEqual([]);
    const data = await server.ok<{ board: BoardView }>(BOARD, { slug: board.slug });
    expect(data.board.memberCount).toBe(51);
    expect(data.board.incubating).toBe(false);
  });
});
