import { given, TestBoard, TestMember } from './support/given';
import { TestServer } from './support/test-server';

type Role = 'anonymous' | 'unverified' | 'member' | 'nonMember' | 'moderator' | 'staff' | 'admin';
const ROLES: Role[] = [
  'anonymous',
  'unverified',
  'member',
  'nonMember',
  'moderator',
  'staff',
  'admin',
];
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** The world of one row: a board run by its owner, with a member, a moderator, a thread and posts. */
interface Fixture {
  board: TestBoard;
  owner: TestMember;
  target: TestMember;
  threadId: string;
  memberPostId: string;
  answerPostId: string;
}

interface Row {
  mutation: string;
  query: string;
  variables: (fixture: Fixture) => Record<string, unknown>;
  expected: Record<Role, Outcome>;
  /** Runs before each role's attempt, e.g. to put the board back in the state the row tests. */
  before?: (server: TestServer, fixture: Fixture) => Promise<void>;
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const everyoneVerified: Record<Role, Outcome> = {
  anonymous: U,
  unverified: F,
  member: 'OK',
  nonMember: 'OK',
  moderator: 'OK',
  staff: 'OK',
  admin: 'OK',
};
const moderatorsAndAdmins: Record<Role, Outcome> = {
  anonymous: U,
  unverified: F,
  member: F,
  nonMember: F,
  moderator: 'OK',
  staff: F,
  admin: 'OK',
};
const authorOnly: Record<Role, Outcome> = {
  anonymous: U,
  unverified: F,
  member: 'OK',
  nonMember: F,
  moderator: F,
  staff: F,
  admin: F,
};

const allForbidden: Record<Exclude<Role, 'anonymous'>, Outcome> = {
  unverified: F,
  member: F,
  nonMember: F,
  moderator: F,
  staff: F,
  admin: F,
};
const allOk: Record<Exclude<Role, 'anonymous'>, Outcome> = {
  unverified: 'OK',
  member: 'OK',
  nonMember: 'OK',
  moderator: 'OK',
  staff: 'OK',
  admin: 'OK',
};

let boardNumber = 0;
const ROWS: Row[] = [
  {
    mutation: 'createBoard',
    query: `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { id } }`,
    variables: () => ({ input: { name: `Matrix board ${(boardNumber += 1)} ${Date.now()}` } }),
    expected: everyoneVerified,
  },
  {
    mutation: 'updateBoard',
    query: `mutation ($input: UpdateBoardInput!) { updateBoard(input: $input) { id } }`,
    variables: ({ board }) => ({ input: { boardId: board.id, description: 'Changed' } }),
    expected: moderatorsAndAdmins,
  },
  {
    mutation: 'addBoardModerator',
    query: `mutation ($id: ID!, $handle: String!) { addBoardModerator(boardId: $id, handle: $handle) { id } }`,
    variables: ({ board, target }) => ({ id: board.id, handle: target.handle }),
    expected: moderatorsAndAdmins,
  },
  {
    mutation: 'joinBoard',
    query: `mutation ($id: ID!) { joinBoard(boardId: $id) { id } }`,
    variables: ({ board }) => ({ id: board.id }),
    expected: everyoneVerified,
  },
  {
    mutation: 'leaveBoard',
    query: `mutation ($id: ID!) { leaveBoard(boardId: $id) { id } }`,
    variables: ({ board }) => ({ id: board.id }),
    // Leaving is idempotent and needs no verified email; the owner stays as moderator.
    expected: { ...everyoneVerified, unverified: 'OK' },
  },
  {
    mutation: 'startThread',
    query: `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`,
    variables: ({ board }) => ({ input: { boardId: board.id, title: 'Matrix', body: 'Hello' } }),
    expected: everyoneVerified,
  },
  {
    mutation: 'reply',
    query: `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`,
    variables: ({ threadId }) => ({ input: { threadId, body: 'Hello' } }),
    expected: everyoneVerified,
  },
  {
    mutation: 'editPost',
    query: `mutation ($id: ID!) { editPost(id: $id, body: "Edited") { id } }`,
    variables: ({ memberPostId }) => ({ id: memberPostId }),
    expected: authorOnly,
  },
  {
    mutation: 'deletePost',
    query: `mutation ($id: ID!) { deletePost(id: $id) { id } }`,
    variables: ({ memberPostId }) => ({ id: memberPostId }),
    expected: authorOnly,
  },
  {
    mutation: 'acceptAnswer',
    query: `mutation ($id: ID!) { acceptAnswer(postId: $id) { id } }`,
    variables: ({ answerPostId }) => ({ id: answerPostId }),
    // The member started the thread; moderators of the board and admins may also accept.
    expected: { ...moderatorsAndAdmins, member: 'OK' },
  },
  {
    mutation: 'adoptBoard',
    query: `mutation ($id: ID!) { adoptBoard(boardId: $id) { id } }`,
    variables: ({ board }) => ({ id: board.id }),
    // Every moderator idle for 91 days before each attempt, so only the adoption rules decide:
    // a verified member who posted in the board recently, whatever their other roles (the
    // moderator and the admin have not posted there; staff status gives no right to adopt).
    before: (server, { board }) =>
      server
        .sql(
          `UPDATE board_members SET last_active_at = now() - interval '91 days'
            WHERE board_id = $1 AND role = 'moderator'`,
          [board.id],
        )
        .then(() => undefined),
    expected: { anonymous: U, ...allForbidden, member: 'OK' },
  },
  {
    mutation: 'markNotificationsRead',
    query: `mutation ($upTo: DateTime) { markNotificationsRead(upTo: $upTo) }`,
    variables: () => ({ upTo: new Date().toISOString() }),
    // Anyone signed in, verified or not, marks their own notifications.
    expected: { anonymous: U, ...allOk },
  },
];

describe('authorisation matrix of board and conversation mutations (e2e)', () => {
  let server: TestServer;
  let people: Record<Exclude<Role, 'anonymous'>, TestMember>;
  let admin: TestMember;

  beforeAll(async () => {
    server = await TestServer.start({
      STAFF_EMAIL_DOMAINS: 'acme.example',
      ADMIN_EMAILS: 'matrix_root@members.example',
    });
    admin = await given(server).member({ handle: 'matrix_root' });
  });

  // Fresh people per row, so one row's posts and boards never spend another row's rate limits.
  beforeEach(async () => {
    const build = given(server);
    people = {
      unverified: await build.member({ verified: false }),
      member: await build.member(),
      nonMember: await build.member(),
      moderator: await build.member(),
      staff: await build.member({ domain: 'acme.example' }),
      admin,
    };
  });

  afterAll(async () => {
    await server.close();
  });

  async function fixture(): Promise<Fixture> {
    const build = given(server);
    const owner = await build.member();
    const board = await build.board(owner);
    await server.ok(
      `mutation ($id: ID!) { joinBoard(boardId: $id) { id } }`,
      { id: board.id },
      {
        token: people.member.token,
      },
    );
    await server.ok(
      `mutation ($id: ID!, $handle: String!) { addBoardModerator(boardId: $id, handle: $handle) { id } }`,
      { id: board.id, handle: people.moderator.handle },
      { token: owner.token },
    );
    const thread = await build.thread(people.member, board);
    const memberPostId = await build.reply(people.member, thread);
    const answerPostId = await build.reply(owner, thread);
    const target = await build.member();
    return { board, owner, target, threadId: thread.id, memberPostId, answerPostId };
  }

  it.each(ROWS.map((row) => [row.mutation, row] as const))('%s', async (_name, row) => {
    const world = await fixture();
    const outcomes: Record<string, string> = {};
    for (const role of ROLES) {
      const token = role === 'anonymous' ? undefined : people[role].token;
      await row.before?.(server, world);
      const response = await server.graphql(row.query, row.variables(world), { token });
      outcomes[role] = response.errors?.length
        ? String(response.errors[0].extensions?.['code'])
        : 'OK';
    }
    expect(outcomes).toEqual(row.expected);
  });
});
