import { ERROR_CODES } from '@boardwalk/contracts';
import fc from 'fast-check';
import { given, TestMember } from './support/given';
import { TestServer } from './support/test-server';

/** Valid operations whose variables the sweep corrupts, so the input reaches the services. */
const OPERATIONS = [
  `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
  `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`,
  `mutation ($input: CreateBoardInput!) { createBoard(input: $input) { id } }`,
  `mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }`,
  `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`,
  `mutation ($id: ID!, $body: String!) { editPost(id: $id, body: $body) { id } }`,
  `mutation ($postId: ID!, $reason: String!) { flagPost(postId: $postId, reason: $reason) }`,
  `mutation ($token: String!) { verifyEmail(token: $token) { id } }`,
  `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`,
  `query ($first: Int, $after: String, $orderBy: BoardOrder, $query: String) { boards(first: $first, after: $after, orderBy: $orderBy, query: $query) { edges { node { id } } } }`,
  `query ($slug: String!) { board(slug: $slug) { id threads(first: 5) { edges { node { id } } } } }`,
  `query ($id: ID!) { thread(id: $id) { id posts { edges { node { id } } } } }`,
  `query ($query: String!, $first: Int, $after: String) { search(query: $query, first: $first, after: $after) { edges { node { id } } } }`,
  `query ($handle: String!) { user(handle: $handle) { id } }`,
  `query ($first: Int, $after: String, $boardId: ID) { moderationLog(first: $first, after: $after, boardId: $boardId) { edges { node { id } } } }`,
];

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '%',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    'x'.repeat(20_000),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.base64String(),
  fc.jsonValue(),
);

const variablesArb = fc.record({
  input: fc.oneof(
    nasty,
    fc.dictionary(
      fc.constantFrom(
        'email',
        'password',
        'handle',
        'displayName',
        'name',
        'description',
        'slug',
        'boardId',
        'threadId',
        'title',
        'body',
        'replyToPostId',
        'bio',
        'staffTitle',
      ),
      nasty,
    ),
  ),
  id: nasty,
  body: nasty,
  postId: nasty,
  reason: nasty,
  token: nasty,
  first: nasty,
  after: nasty,
  orderBy: nasty,
  query: nasty,
  slug: nasty,
  handle: nasty,
  boardId: nasty,
});

const documentArb = fc.oneof(
  fc.string(),
  fc
    .constantFrom(...OPERATIONS)
    .chain((operation) =>
      fc
        .tuple(fc.nat(operation.length), fc.nat(operation.length))
        .map(([a, b]) => operation.slice(0, Math.min(a, b)) + operation.slice(Math.max(a, b))),
    ),
  fc.constant(`{ ${'a { '.repeat(60)}`),
  fc.constant(
    `query { ${Array.from({ length: 500 }, (_, index) => `f${index}: me { id }`).join(' ')} }`,
  ),
);

describe('bad-input sweep (e2e)', () => {
  let server: TestServer;
  let member: TestMember;

  beforeAll(async () => {
    server = await TestServer.start();
    member = await given(server).member();
  });

  afterAll(async () => {
    await server.close();
  });

  const post = (body: string, token?: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });

  const checkAnswer = async (response: Response) => {
    expect(response.status).toBeLessThan(500);
    const text = await response.text();
    if (!response.headers.get('content-type')?.includes('json')) return;
    const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    for (const error of parsed.errors ?? []) {
      expect(ERROR_CODES).toContain(error.extensions?.code);
      expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  };

  it('answers thousands of generated malformed requests with client errors, never a 5xx', async () => {
    // The server runs in this process; with --expose-gc (npm test) the heap is measured after a
    // full collection, so only what the sweep leaves behind counts.
    const heapAfterGc = () => {
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage().heapUsed;
    };
    const heapBefore = heapAfterGc();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...OPERATIONS),
        variablesArb,
        fc.boolean(),
        async (query, variables, signedIn) => {
          await checkAnswer(
            await post(JSON.stringify({ query, variables }), signedIn ? member.token : undefined),
          );
        },
      ),
      { numRuns: 1200 },
    );
    await fc.assert(
      fc.asyncProperty(documentArb, fc.option(fc.jsonValue()), async (query, variables) => {
        await checkAnswer(await post(JSON.stringify({ query, variables }), member.token));
      }),
      { numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        async (body) => {
          await checkAnswer(await post(body));
        },
      ),
      { numRuns: 300 },
    );
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(heapAfterGc() - heapBefore).toBeLessThan(64 * 1024 * 1024);
  }, 300_000);
});
