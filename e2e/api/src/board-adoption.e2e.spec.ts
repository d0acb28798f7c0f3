import { given, TestBoard, TestMember } from './support/given';
import { TestServer } from './support/test-server';

const ADOPT = `mutation ($id: ID!) { adoptBoard(boardId: $id) { id viewerIsModerator moderators { handle } } }`;
const JOIN = `mutation ($id: ID!) { joinBoard(boardId: $id) { id } }`;
const LEAVE = `mutation ($id: ID!) { leaveBoard(boardId: $id) { id } }`;
const BOARD = `query ($slug: String!) { board(slug: $slug) { viewerIsModerator moderators { handle } } }`;

interface AdoptedBoard {
  id: string;
  viewerIsModerator: boolean;
  moderators: Array<{ handle: string }>;
}

type Answer = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

const codeOf = (response: Answer) => response.errors?.[0]?.extensions?.['code'];

/** FORBIDDEN, and for which of the two rules, so each test fails for the reason it names. */
const refusal = (response: Answer) => ({
  code: codeOf(response),
  reason: /moderator was active/.test(response.errors?.[0]?.message ?? '')
    ? 'moderator active'
    : /posted here/.test(response.errors?.[0]?.message ?? '')
      ? 'not an active member'
      : response.errors?.[0]?.message,
});
const moderatorActive = { code: 'FORBIDDEN', reason: 'moderator active' };
const notActiveMember = { code: 'FORBIDDEN', reason: 'not an active member' };

describe('board adoption (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
  });

  afterAll(async () => {
    await server.close();
  });

  /** A board whose owner (its only moderator) started a thread, and a member who replied in it. */
  async function boardWithActiveMember(): Promise<{
    owner: TestMember;
    member: TestMember;
    board: TestBoard;
  }> {
    const build = given(server);
    const owner = await build.member();
    const member = await build.member();
    const board = await build.board(owner);
    const thread = await build.thread(owner, board);
    await server.ok(JOIN, { id: board.id }, { token: member.token });
    await build.reply(member, thread);
    return { owner, member, board };
  }

  /** Moves the moderators' last activity `days` into the past. */
  async function moderatorsIdleFor(board: TestBoard, days: number): Promise<void> {
    await server.sql(
      `UPDATE board_members SET last_active_at = now() - make_interval(days => $2)
        WHERE board_id = $1 AND role = 'moderator'`,
      [board.id, days],
    );
  }

  const adopt = (member: TestMember, board: TestBoard) =>
    server.graphql<{ adoptBoard: AdoptedBoard }>(ADOPT, { id: board.id }, { token: member.token });

  it('is refused while a moderator was active in the last 90 days', async () => {
    const { member, board } = await boardWithActiveMember();
    expect(refusal(await adopt(member, board))).toEqual(moderatorActive);
    await moderatorsIdleFor(board, 89);
    expect(refusal(await adopt(member, board))).toEqual(moderatorActive);
  });

  it('makes a recently posting member a moderator once every moderator is idle for 90 days', async () => {
    const { owner, member, board } = await boardWithActiveMember();
    await moderatorsIdleFor(board, 91);

    const adopted = await adopt(member, board);
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data?.adoptBoard.viewerIsModerator).toBe(true);
    // The idle moderators keep their role; adoption adds one, it does not evict anyone.
    expect(adopted.data?.adoptBoard.moderators.map((user) => user.handle).sort()).toEqual(
      [owner.handle, member.handle].sort(),
    );
    const seen = await server.ok<{ board: { viewerIsModerator: boolean } }>(
      BOARD,
      { slug: board.slug },
      { token: member.token },
    );
    expect(seen.board.viewerIsModerator).toBe(true);

    // Adoption is moderation in the open: it is in the public log, written in the adoption's own
    // transaction, so it is there as soon as the mutation answers.
    const log = await server.ok<{
      moderationLog: {
        edges: Array<{ node: { action: string; moderator: { handle: string }; reason: string } }>;
      };
    }>(
      `query ($id: ID) { moderationLog(boardId: $id) { edges { node { action reason moderator { handle } } } } }`,
      {
        id: board.id,
      },
    );
    expect(log.moderationLog.edges.map((edge) => edge.node)).toEqual([
      {
        action: 'BOARD_ADOPTED',
        moderator: { handle: member.handle },
        reason: expect.stringMatching(/active for 90 days/),
      },
    ]);

    // The adopter is now an active moderator, so nobody else can take the board over.
    const other = await given(server).member();
    await server.ok(JOIN, { id: board.id }, { token: other.token });
    await given(server).thread(other, board);
    expect(refusal(await adopt(other, board))).toEqual(moderatorActive);
  });

  it('does not happen when its public log entry cannot be written', async () => {
    const { member, board } = await boardWithActiveMember();
    await moderatorsIdleFor(board, 91);
    await server.sql(
      `ALTER TABLE moderation_entries ADD CONSTRAINT no_adoptions CHECK (action <> 'BOARD_ADOPTED') NOT VALID`,
    );
    try {
      expect((await adopt(member, board)).errors).toBeDefined();
    } finally {
      await server.sql(`ALTER TABLE moderation_entries DROP CONSTRAINT no_adoptions`);
    }
    const seen = await server.ok<{ board: { viewerIsModerator: boolean } }>(
      BOARD,
      { slug: board.slug },
      { token: member.token },
    );
    expect(seen.board.viewerIsModerator).toBe(false);
    // With the log writable again, the same adoption goes through, entry included.
    expect((await adopt(member, board)).data?.adoptBoard.viewerIsModerator).toBe(true);
  });

  it('lets one of two members adopting at once win, while both keep posting', async () => {
    const { member, board } = await boardWithActiveMember();
    const rival = await given(server).member();
    await server.ok(JOIN, { id: board.id }, { token: rival.token });
    const thread = await given(server).thread(rival, board);
    await moderatorsIdleFor(board, 91);
    const [first, second] = await Promise.all([
      adopt(member, board),
      adopt(rival, board),
      given(server).reply(member, thread),
      given(server).reply(rival, thread),
    ]);
    const outcomes = [first, second].map((response) =>
      response.errors ? refusal(response) : 'adopted',
    );
    expect(outcomes.sort()).toEqual(['adopted', moderatorActive].sort());
    const moderators = await server.ok<{ board: { moderators: Array<{ handle: string }> } }>(
      BOARD,
      { slug: board.slug },
    );
    expect(moderators.board.moderators).toHaveLength(2);
  });

  it('is refused to a member who never posted in the board', async () => {
    const { board } = await boardWithActiveMember();
    const lurker = await given(server).member();
    await server.ok(JOIN, { id: board.id }, { token: lurker.token });
    await moderatorsIdleFor(board, 91);
    expect(refusal(await adopt(lurker, board))).toEqual(notActiveMember);
  });

  it('is refused to a member whose last post is older than 30 days', async () => {
    const { member, board } = await boardWithActiveMember();
    await moderatorsIdleFor(board, 91);
    await server.sql(
      `UPDATE board_contributors SET last_posted_at = now() - interval '31 days'
        WHERE board_id = $1 AND user_id = $2`,
      [board.id, member.id],
    );
    expect(refusal(await adopt(member, board))).toEqual(notActiveMember);
  });

  it('is refused to someone who posted but is not a member (never joined, or left)', async () => {
    const { member, board } = await boardWithActiveMember();
    const passerBy = await given(server).member();
    await given(server).thread(passerBy, board);
    await server.ok(LEAVE, { id: board.id }, { token: member.token });
    await moderatorsIdleFor(board, 91);
    expect(refusal(await adopt(passerBy, board))).toEqual(notActiveMember);
    expect(refusal(await adopt(member, board))).toEqual(notActiveMember);
  });

  it('is refused to unverified and anonymous people, and for an unknown board', async () => {
    const { board } = await boardWithActiveMember();
    await moderatorsIdleFor(board, 91);
    const unverified = await given(server).member({ verified: false });
    expect(refusal(await adopt(unverified, board))).toEqual({
      code: 'FORBIDDEN',
      reason: 'Verify your email address first.',
    });
    expect(codeOf(await server.graphql(ADOPT, { id: board.id }))).toBe('UNAUTHENTICATED');
    const { member } = await boardWithActiveMember();
    expect(
      codeOf(
        await server.graphql(
          ADOPT,
          { id: '00000000-0000-4000-8000-000000000000' },
          { token: member.token },
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
