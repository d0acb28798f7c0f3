import { BoardsService, TrendingWeights } from '@boardwalk/server-boards';
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
      // Long enough only with the spaces that trimming removes.
      { name: '  ab  ' },
      { name: ' \t a \n ' },
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

  it('holds the daily board limit when one member creates boards in parallel', async () => {
    const member = await given(server).member();
    const tag = `parallel${Date.now()}`;
    // Words, not numbers: digits read as look-alike letters and would make names too close.
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
    const responses = await Promise.all(
      words.map((word) =>
        server.graphql(CREATE, { input: { name: `${tag} ${word}` } }, { token: member.token }),
      ),
    );
    expect(responses.map(code).sort()).toEqual([
      ...Array(3).fill('RATE_LIMITED'),
      ...Array(5).fill(undefined),
    ]);
    const stored = await server.sql<{ count: string }>(
      `SELECT count(*) AS count FROM boards WHERE created_by_id = $1`,
      [member.id],
    );
    expect(Number(stored[0].count)).toBe(5);
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
    const taken = await given(server).board(owner, { name: `Bird Watching ${owner.handle}` });
    const lookAlike = await server.graphql(
      UPDATE,
      { input: { boardId: board.id, name: `  BIRD-watching  ${owner.handle.toUpperCase()}` } },
      { token: owner.token },
    );
    expect(code(lookAlike)).toBe('CONFLICT');
    expect(lookAlike.errors?.[0]?.extensions?.['slug']).toBe(taken.slug);
    const tooShort = await server.graphql(
      UPDATE,
      { input: { boardId: board.id, name: '  ab  ' } },
      { token: owner.token },
    );
    expect(code(tooShort)).toBe('BAD_USER_INPUT');
    const renamed = await server.ok<{ updateBoard: BoardView }>(
      UPDATE,
      { input: { boardId: board.id, name: `  Owls   at night ${owner.handle} ` } },
      { token: owner.token },
    );
    expect(renamed.updateBoard.name).toBe(`Owls at night ${owner.handle}`);
    expect(renamed.updateBoard.slug).toBe(board.slug);
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

  it('ends incubation when enough distinct people posted, without anyone joining', async () => {
    const board = await given(server).board(owner);
    const thread = await given(server).thread(owner, board);
    const incubating = async () =>
      (await server.ok<{ board: BoardView }>(BOARD, { slug: board.slug })).board.incubating;
    await given(server).reply(await given(server).member(), thread);
    expect(await incubating()).toBe(true);
    const second = await given(server).member();
    await given(server).reply(second, thread);
    expect(await incubating()).toBe(false);
    const view = await server.ok<{ board: BoardView }>(BOARD, { slug: board.slug });
    expect(view.board.memberCount).toBe(1);
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

    const [joiner, other] = [await given(server).member(), await given(server).member()];
    await server.ok(JOIN, { id: created[0].id }, { token: joiner.token });
    await server.ok(JOIN, { id: created[0].id }, { token: other.token });
    await server.ok(JOIN, { id: created[2].id }, { token: joiner.token });
    const ids = (page: BoardsPage) => page.boards.edges.map((edge) => edge.node.id);
    const byMembers = await server.ok<BoardsPage>(BOARDS, { orderBy: 'MEMBERS', query: tag });
    expect(ids(byMembers)).toEqual([created[0].id, created[2].id, created[1].id]);
    expect(byMembers.boards.edges.map((edge) => edge.node.memberCount)).toEqual([3, 2, 1]);
    const membersPage2 = await server.ok<BoardsPage>(BOARDS, {
      orderBy: 'MEMBERS',
      query: tag,
      first: 1,
      after: (await server.ok<BoardsPage>(BOARDS, { orderBy: 'MEMBERS', query: tag, first: 1 }))
        .boards.pageInfo.endCursor,
    });
    expect(ids(membersPage2)).toEqual([created[2].id]);

    // Joining is not activity; posting is. The last board posted in comes first.
    await given(server).thread(owner, created[0]);
    await given(server).thread(owner, created[1]);
    const active = await server.ok<BoardsPage>(BOARDS, { orderBy: 'ACTIVE', query: tag });
    expect(ids(active)).toEqual([created[1].id, created[0].id, created[2].id]);
    const activePage2 = await server.ok<BoardsPage>(BOARDS, {
      orderBy: 'ACTIVE',
      query: tag,
      first: 2,
      after: (await server.ok<BoardsPage>(BOARDS, { orderBy: 'ACTIVE', query: tag, first: 1 }))
        .boards.pageInfo.endCursor,
    });
    expect(ids(activePage2)).toEqual([created[0].id, created[2].id]);

    const none = await server.ok<BoardsPage>(BOARDS, { orderBy: 'NEWEST', query: '100%_' });
    expect(none.boards.edges).toHaveLength(0);
  });

  it('refuses invalid cursors and page sizes over 100', async () => {
    const badCursor = await server.graphql(BOARDS, { orderBy: 'NEWEST', after: 'garbage' });
    expect(code(badCursor)).toBe('BAD_USER_INPUT');
    // Well-formed cursors of another order, or with a forged id, never reach a SQL cast.
    const board = await given(server).board(owner);
    for (const joiner of [await given(server).member(), await given(server).member()]) {
      await server.ok(JOIN, { id: board.id }, { token: joiner.token });
    }
    const cursorOf = async (orderBy: string) =>
      (await server.ok<BoardsPage>(BOARDS, { orderBy, first: 1 })).boards.pageInfo.endCursor;
    const trending = await cursorOf('TRENDING');
    const members = await cursorOf('MEMBERS');
    const newest = await cursorOf('NEWEST');
    expect([trending, members, newest]).not.toContain(null);
    const decoded = JSON.parse(Buffer.from(String(newest), 'base64url').toString()) as unknown[];
    decoded[decoded.length - 1] = '-'.repeat(36);
    const dashes = Buffer.from(JSON.stringify(decoded)).toString('base64url');
    for (const [orderBy, after] of [
      ['NEWEST', trending],
      ['MEMBERS', trending],
      ['ACTIVE', trending],
      ['TRENDING', members],
      ['NEWEST', members],
      ['ACTIVE', newest],
      ['NEWEST', dashes],
    ]) {
      const response = await server.graphql(BOARDS, { orderBy, after });
      expect({ orderBy, after, code: code(response) }).toEqual({
        orderBy,
        after,
        code: 'BAD_USER_INPUT',
      });
    }
    const ownOrder = await server.graphql(BOARDS, { orderBy: 'TRENDING', after: trending });
    expect(ownOrder.errors).toBeUndefined();
    const tooMany = await server.graphql(BOARDS, { orderBy: 'NEWEST', first: 101 });
    expect(code(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('ranks TRENDING by recent activity of distinct people, as the stored scores say', async () => {
    const tag = `trend${Date.now()}`;
    const build = given(server);
    const many = await build.board(owner, { name: `${tag} many people` });
    const one = await build.board(owner, { name: `${tag} one person` });
    const old = await build.board(owner, { name: `${tag} long ago` });
    const [first, second] = [await build.member(), await build.member()];
    const threads = [];
    for (const board of [many, one, old]) {
      await server.ok(JOIN, { id: board.id }, { token: first.token });
      await server.ok(JOIN, { id: board.id }, { token: second.token });
      threads.push(await build.thread(owner, board));
    }
    const people = [await build.member(), await build.member(), await build.member()];
    // Now: three people post once in one board, one person three times in another.
    for (const person of people) await build.reply(person, threads[0]);
    for (let index = 0; index < 3; index += 1) await build.reply(people[0], threads[1]);
    // A week ago: the same three people posted in the third (recorded as of then, by the service
    // that keeps the score on every post).
    const boards = server.get(BoardsService);
    const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    for (const person of people) {
      await server.dataSource.transaction((manager) =>
        boards.recordPost(manager, {
          boardId: old.id,
          userId: person.id,
          at: weekAgo,
          startsThread: false,
        }),
      );
    }

    const trending = await server.ok<BoardsPage>(BOARDS, { orderBy: 'TRENDING', query: tag });
    const order = trending.boards.edges.map((edge) => edge.node.id);
    expect(order).toEqual([many.id, one.id, old.id]);
    const rows = await server.sql<{ id: string; trending_score: number }>(
      `SELECT id, trending_score FROM boards WHERE id = ANY($1::uuid[])
        ORDER BY trending_score DESC, id DESC`,
      [[many.id, one.id, old.id]],
    );
    expect(rows.map((row) => row.id)).toEqual(order);
    // The stored log-space scores are the logarithms of the decayed sums of weights (two-day
    // half-life), computed on write in SQL: their differences are the ratios of those sums.
    const score = new Map(rows.map((row) => [row.id, Number(row.trending_score)]));
    const weights = TrendingWeights;
    const common = weights.created + 2 * weights.joined + weights.thread + weights.freshPoster;
    const freshPost = weights.post + weights.freshPoster;
    const manySum = common + 3 * freshPost;
    const oneSum = common + freshPost + 2 * weights.post;
    const oldSum = common + 3 * freshPost * 2 ** -3.5;
    expect(Number(score.get(many.id)) - Number(score.get(one.id))).toBeCloseTo(
      Math.log(manySum / oneSum),
      2,
    );
    expect(Number(score.get(many.id)) - Number(score.get(old.id))).toBeCloseTo(
      Math.log(manySum / oldSum),
      2,
    );
  });

  it('runs posts, leaves, joins, updates and new moderators on one board at once without deadlock', async () => {
    const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`;
    const board = await given(server).board(owner);
    const thread = await given(server).thread(owner, board);
    const coModerator = await given(server).member();
    await server.ok(
      ADD_MODERATOR,
      { id: board.id, handle: coModerator.handle },
      { token: owner.token },
    );
    const people: TestMember[] = [];
    for (let index = 0; index < 8; index += 1) {
      const person = await given(server).member();
      await server.ok(JOIN, { id: board.id }, { token: person.token });
      people.push(person);
    }
    const as = (member: TestMember) => ({ token: member.token });
    const reply = (member: TestMember) =>
      server.graphql(REPLY, { input: { threadId: thread.id, body: 'Busy board' } }, as(member));
    const work = [];
    // Each person posts while leaving and joining again; moderators post while updating the
    // board, naming a moderator and leaving. Before one lock order, leave and update locked the
    // board row and then a member row, the reverse of every post: PostgreSQL killed one of them.
    for (const person of people) {
      work.push(
        reply(person),
        server.graphql(LEAVE, { id: board.id }, as(person)),
        reply(person),
        server.graphql(JOIN, { id: board.id }, as(person)),
        reply(person),
      );
    }
    for (let index = 0; index < 3; index += 1) {
      work.push(
        server.graphql(
          UPDATE,
          { input: { boardId: board.id, description: `Busy ${index}` } },
          as(owner),
        ),
        reply(owner),
        reply(coModerator),
      );
    }
    work.push(
      server.graphql(LEAVE, { id: board.id }, as(coModerator)),
      server.graphql(ADD_MODERATOR, { id: board.id, handle: people[0].handle }, as(owner)),
    );
    const responses = await Promise.all(work);
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);

    const [counts] = await server.sql<Record<string, string | number>>(
      `SELECT b.member_count, b.post_count,
              (SELECT count(*) FROM board_members m WHERE m.board_id = b.id) AS members,
              (SELECT count(*) FROM posts p WHERE p.board_id = b.id) AS posts
         FROM boards b WHERE b.id = $1`,
      [board.id],
    );
    expect(Number(counts['member_count'])).toBe(Number(counts['members']));
    expect(Number(counts['post_count'])).toBe(Number(counts['posts']));
    expect(Number(counts['posts'])).toBe(1 + people.length * 3 + 6);
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

describe('boards with another incubation threshold (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({ BOARD_INCUBATION_MEMBERS: '2' });
  });

  afterAll(async () => {
    await server.close();
  });

  it('honours BOARD_INCUBATION_MEMBERS: two distinct members end incubation', async () => {
    const owner = await given(server).member();
    const board = await given(server).board(owner);
    const read = async () =>
      (await server.ok<{ board: BoardView }>(BOARD, { slug: board.slug })).board;
    expect((await read()).incubating).toBe(true);
    const joiner = await given(server).member();
    const joined = await server.ok<{ joinBoard: BoardView }>(
      JOIN,
      { id: board.id },
      { token: joiner.token },
    );
    expect(joined.joinBoard.incubating).toBe(false);
    const trending = await server.ok<BoardsPage>(BOARDS, { orderBy: 'TRENDING', first: 100 });
    expect(trending.boards.edges.map((edge) => edge.node.id)).toContain(board.id);
  });
});
