import { ConversationEvents } from '@boardwalk/server-conversations';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { given, TestMember } from './support/given';
import { TestServer } from './support/test-server';

const THREAD_FIELDS = `id title replyCount participantCount firstStaffReplyAt createdAt lastActivityAt
  board { id postCount threadCount } author { handle } acceptedAnswer { id }`;
const POST_FIELDS = `id body bodyHtml deleted hidden editedAt author { handle } replyTo { id } thread { id }`;
const START = `mutation ($input: StartThreadInput!) { startThread(input: $input) { ${THREAD_FIELDS} } }`;
const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { ${POST_FIELDS} } }`;
const EDIT = `mutation ($id: ID!, $body: String!) { editPost(id: $id, body: $body) { ${POST_FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deletePost(id: $id) { ${POST_FIELDS} } }`;
const ACCEPT = `mutation ($id: ID!) { acceptAnswer(postId: $id) { ${THREAD_FIELDS} } }`;
const THREAD = `query ($id: ID!, $first: Int, $after: String) { thread(id: $id) { ${THREAD_FIELDS}
  posts(first: $first, after: $after) { edges { cursor node { ${POST_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`;
const BOARD_THREADS = `query ($slug: String!) { board(slug: $slug) { threadCount postCount threads { edges { node { id title } } } } }`;
const SEARCH = `query ($query: String!, $first: Int, $after: String) { search(query: $query, first: $first, after: $after) {
  edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`;

interface PostView {
  id: string;
  body: string;
  bodyHtml: string;
  deleted: boolean;
  editedAt: string | null;
  author: { handle: string };
  replyTo: { id: string } | null;
}
interface ThreadView {
  id: string;
  title: string;
  replyCount: number;
  participantCount: number;
  firstStaffReplyAt: string | null;
  board: { id: string; postCount: number; threadCount: number };
  acceptedAnswer: { id: string } | null;
  posts: {
    edges: Array<{ node: PostView }>;
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

const code = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('conversations (e2e)', () => {
  let server: TestServer;
  let author: TestMember;
  let board: { id: string; slug: string };

  beforeAll(async () => {
    server = await TestServer.start({ STAFF_EMAIL_DOMAINS: 'acme.example' });
  });

  // Fresh accounts per test: new accounts have a small posting budget.
  beforeEach(async () => {
    author = await given(server).member();
    board = await given(server).board(author);
  });

  afterAll(async () => {
    await server.close();
  });

  it('starts a thread, replies with counters, reply-to and the first staff reply kept on write', async () => {
    const events: Array<{ name: string; payload: unknown }> = [];
    const emitter = server.app.get(EventEmitter2);
    const listener = (name: string) => (payload: unknown) => events.push({ name, payload });
    emitter.on(ConversationEvents.threadCreated, listener('thread.created'));
    emitter.on(ConversationEvents.postCreated, listener('post.created'));

    const started = await server.ok<{ startThread: ThreadView }>(
      START,
      { input: { boardId: board.id, title: '  How do I   start? ', body: 'Hello **all**' } },
      { token: author.token },
    );
    const thread = started.startThread;
    expect(thread).toMatchObject({
      title: 'How do I start?',
      replyCount: 0,
      participantCount: 1,
      firstStaffReplyAt: null,
      board: { id: board.id, threadCount: 1, postCount: 1 },
    });
    const opening = (await server.ok<{ thread: ThreadView }>(THREAD, { id: thread.id })).thread
      .posts.edges[0].node;
    expect(opening.bodyHtml).toBe('<p>Hello <strong>all</strong></p>\n');

    const member = await given(server).member();
    const staff = await given(server).member({ domain: 'acme.example' });
    const first = await server.ok<{ reply: PostView }>(
      REPLY,
      { input: { threadId: thread.id, body: 'Welcome!', replyToPostId: opening.id } },
      { token: member.token },
    );
    expect(first.reply).toMatchObject({ replyTo: { id: opening.id }, deleted: false });
    await server.ok(
      REPLY,
      { input: { threadId: thread.id, body: 'Again' } },
      { token: member.token },
    );
    await server.ok(
      REPLY,
      { input: { threadId: thread.id, body: 'Staff here' } },
      { token: staff.token },
    );

    const read = (await server.ok<{ thread: ThreadView }>(THREAD, { id: thread.id })).thread;
    expect(read).toMatchObject({
      replyCount: 3,
      participantCount: 3,
      board: { threadCount: 1, postCount: 4 },
    });
    expect(read.firstStaffReplyAt).not.toBeNull();
    expect(read.posts.edges.map((edge) => edge.node.author.handle)).toEqual([
      author.handle,
      member.handle,
      member.handle,
      staff.handle,
    ]);
    expect(events.map((event) => event.name)).toEqual([
      'thread.created',
      'post.created',
      'post.created',
      'post.created',
    ]);
    expect(events[1].payload).toMatchObject({
      boardId: board.id,
      threadId: thread.id,
      threadAuthorId: author.id,
      replyToAuthorId: author.id,
    });
    const seqs = events.map((event) => (event.payload as { seq: number }).seq);
    expect(seqs).toEqual([seqs[0], seqs[0] + 1, seqs[0] + 2, seqs[0] + 3]);

    const listed = await server.ok<{
      board: { threads: { edges: Array<{ node: { id: string } }> } };
    }>(BOARD_THREADS, { slug: board.slug });
    expect(listed.board.threads.edges[0].node.id).toBe(thread.id);
  });

  it('pages posts with keyset cursors', async () => {
    const thread = await given(server).thread(author, board);
    for (let index = 0; index < 4; index += 1) {
      await given(server).reply(author, thread, { body: `Reply ${index}` });
    }
    const page1 = (await server.ok<{ thread: ThreadView }>(THREAD, { id: thread.id, first: 3 }))
      .thread.posts;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await server.ok<{ thread: ThreadView }>(THREAD, {
        id: thread.id,
        first: 3,
        after: page1.pageInfo.endCursor,
      })
    ).thread.posts;
    expect(page2.edges.map((edge) => edge.node.body)).toEqual(['Reply 2', 'Reply 3']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('sanitises Markdown: no scripts, no event handlers, links nofollow ugc noopener', async () => {
    const thread = await given(server).thread(author, board);
    const reply = await server.ok<{ reply: PostView }>(
      REPLY,
      {
        input: {
          threadId: thread.id,
          body: '<script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](https://example.com)',
        },
      },
      { token: author.token },
    );
    const html = reply.reply.bodyHtml;
    // Raw HTML comes out as escaped text, and the javascript: link as plain text.
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.com" rel="nofollow ugc noopener">b</a>');
  });

  it('lets the author edit and soft-delete a post, nobody else', async () => {
    const thread = await given(server).thread(author, board);
    const other = await given(server).member();
    const postId = await given(server).reply(author, thread, { body: 'First draft' });
    const refused = await server.graphql(
      EDIT,
      { id: postId, body: 'Hijack' },
      { token: other.token },
    );
    expect(code(refused)).toBe('FORBIDDEN');
    const edited = await server.ok<{ editPost: PostView }>(
      EDIT,
      { id: postId, body: 'Second _draft_' },
      { token: author.token },
    );
    expect(edited.editPost).toMatchObject({ body: 'Second _draft_' });
    expect(edited.editPost.bodyHtml).toContain('<em>draft</em>');
    expect(edited.editPost.editedAt).not.toBeNull();
    const deleted = await server.ok<{ deletePost: PostView }>(
      DELETE,
      { id: postId },
      { token: author.token },
    );
    expect(deleted.deletePost).toMatchObject({ deleted: true, body: '', bodyHtml: '' });
    const again = await server.ok<{ deletePost: PostView }>(
      DELETE,
      { id: postId },
      { token: author.token },
    );
    expect(again.deletePost.deleted).toBe(true);
    const editDeleted = await server.graphql(
      EDIT,
      { id: postId, body: 'Back' },
      { token: author.token },
    );
    expect(code(editDeleted)).toBe('BAD_USER_INPUT');
  });

  it('accepts an answer by the thread author or a board moderator', async () => {
    const asker = await given(server).member();
    const helper = await given(server).member();
    const thread = await given(server).thread(asker, board);
    const answer = await given(server).reply(helper, thread);
    const byHelper = await server.graphql(ACCEPT, { id: answer }, { token: helper.token });
    expect(code(byHelper)).toBe('FORBIDDEN');
    const accepted = await server.ok<{ acceptAnswer: ThreadView }>(
      ACCEPT,
      { id: answer },
      { token: asker.token },
    );
    expect(accepted.acceptAnswer.acceptedAnswer).toEqual({ id: answer });
    const byModerator = await server.ok<{ acceptAnswer: ThreadView }>(
      ACCEPT,
      { id: answer },
      { token: author.token },
    );
    expect(byModerator.acceptAnswer.acceptedAnswer).toEqual({ id: answer });
    const opening = (await server.ok<{ thread: ThreadView }>(THREAD, { id: thread.id })).thread
      .posts.edges[0].node.id;
    const openingRefused = await server.graphql(ACCEPT, { id: opening }, { token: asker.token });
    expect(code(openingRefused)).toBe('BAD_USER_INPUT');
  });

  it('finds threads by title and post body, best match first, with cursors', async () => {
    const word = `kumquat${Date.now()}`;
    const inTitle = await given(server).thread(author, board, { title: `All about ${word}` });
    const inBody = await given(server).thread(author, board, {
      title: 'Fruit question',
      body: `Has anyone tried ${word} jam?`,
    });
    const deleted = await given(server).thread(author, board, { title: 'Other' });
    const deletedPost = await given(server).reply(author, deleted, { body: `${word} secret` });
    await server.ok(DELETE, { id: deletedPost }, { token: author.token });

    const found = await server.ok<{
      search: {
        edges: Array<{ node: { id: string } }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(SEARCH, { query: word });
    expect(found.search.edges.map((edge) => edge.node.id)).toEqual([inTitle.id, inBody.id]);

    const page1 = await server.ok<{
      search: {
        edges: Array<{ node: { id: string } }>;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(SEARCH, { query: word, first: 1 });
    expect(page1.search.pageInfo.hasNextPage).toBe(true);
    const page2 = await server.ok<{
      search: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean } };
    }>(SEARCH, { query: word, first: 1, after: page1.search.pageInfo.endCursor });
    expect(page2.search.edges.map((edge) => edge.node.id)).toEqual([inBody.id]);
    expect(page2.search.pageInfo.hasNextPage).toBe(false);

    const edited = await given(server).thread(author, board, { title: 'Edited later' });
    const editedPost = await given(server).reply(author, edited, { body: 'nothing yet' });
    await server.ok(EDIT, { id: editedPost, body: `now with ${word}` }, { token: author.token });
    const afterEdit = await server.ok<{ search: { edges: Array<{ node: { id: string } }> } }>(
      SEARCH,
      { query: word },
    );
    expect(afterEdit.search.edges.map((edge) => edge.node.id)).toContain(edited.id);

    const blank = await server.graphql(SEARCH, { query: '   ' });
    expect(code(blank)).toBe('BAD_USER_INPUT');
  });

  it('answers bad input: unknown ids, empty or oversized title and body, bad cursors, first > 100', async () => {
    const thread = await given(server).thread(author, board);
    const postId = await given(server).reply(author, thread, { body: 'Short and sweet' });
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        START,
        {
          input: { boardId: '00000000-0000-4000-8000-000000000000', title: 'Title', body: 'Body' },
        },
        'NOT_FOUND',
      ],
      [START, { input: { boardId: 'nope', title: 'Title', body: 'Body' } }, 'NOT_FOUND'],
      [START, { input: { boardId: board.id, title: '     ', body: 'Body' } }, 'BAD_USER_INPUT'],
      [
        START,
        { input: { boardId: board.id, title: 't'.repeat(201), body: 'Body' } },
        'BAD_USER_INPUT',
      ],
      [START, { input: { boardId: board.id, title: 'Title', body: '   ' } }, 'BAD_USER_INPUT'],
      [
        START,
        { input: { boardId: board.id, title: 'Title', body: 'b'.repeat(20_001) } },
        'BAD_USER_INPUT',
      ],
      [
        REPLY,
        { input: { threadId: '00000000-0000-4000-8000-000000000000', body: 'Hi' } },
        'NOT_FOUND',
      ],
      [REPLY, { input: { threadId: thread.id, body: '' } }, 'BAD_USER_INPUT'],
      [REPLY, { input: { threadId: thread.id, body: 'b'.repeat(20_001) } }, 'BAD_USER_INPUT'],
      [EDIT, { id: postId, body: 'b'.repeat(20_001) }, 'BAD_USER_INPUT'],
      [EDIT, { id: postId, body: '   ' }, 'BAD_USER_INPUT'],
      // The minimum length counts what is stored, after trimming.
      [START, { input: { boardId: board.id, title: '  ab  ', body: 'Body' } }, 'BAD_USER_INPUT'],
      [
        REPLY,
        {
          input: {
            threadId: thread.id,
            body: 'Hi',
            replyToPostId: '00000000-0000-4000-8000-000000000000',
          },
        },
        'NOT_FOUND',
      ],
      [EDIT, { id: '00000000-0000-4000-8000-000000000000', body: 'Hi' }, 'NOT_FOUND'],
      [DELETE, { id: 'garbage' }, 'NOT_FOUND'],
      [ACCEPT, { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      [THREAD, { id: thread.id, after: 'not-a-cursor' }, 'BAD_USER_INPUT'],
      [THREAD, { id: thread.id, first: 101 }, 'BAD_USER_INPUT'],
      [SEARCH, { query: 'x', after: 'not-a-cursor' }, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, expected] of cases) {
      const response = await server.graphql(query, variables, { token: author.token });
      expect({ variables, code: code(response) }).toEqual({ variables, code: expected });
    }
    const missing = await server.ok<{ thread: null }>(THREAD, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.thread).toBeNull();
  });

  it('limits edits per user', async () => {
    const thread = await given(server).thread(author, board);
    const postId = await given(server).reply(author, thread, { body: 'Draft 0' });
    const codes = [];
    for (let index = 1; index <= 21; index += 1) {
      codes.push(
        code(
          await server.graphql(
            EDIT,
            { id: postId, body: `Draft ${index}` },
            { token: author.token },
          ),
        ),
      );
    }
    expect(codes.slice(0, 20)).toEqual(Array(20).fill(undefined));
    expect(codes[20]).toBe('RATE_LIMITED');
    const read = await server.ok<{ thread: ThreadView }>(THREAD, { id: thread.id });
    expect(read.thread.posts.edges.map((edge) => edge.node.body)).toContain('Draft 20');
  });

  it('refuses well-formed cursors of another list, or with a forged id, with BAD_USER_INPUT', async () => {
    const word = `quince${Date.now()}`;
    const thread = await given(server).thread(author, board, { title: `About ${word}` });
    await given(server).thread(author, board, { title: `More ${word}` });
    await given(server).reply(author, thread);
    await given(server).reply(author, thread);
    const search = await server.ok<{ search: { pageInfo: { endCursor: string } } }>(SEARCH, {
      query: word,
      first: 1,
    });
    const searchCursor = search.search.pageInfo.endCursor;
    const posts = await server.ok<{ thread: ThreadView }>(THREAD, { id: thread.id, first: 1 });
    const postsCursor = posts.thread.posts.pageInfo.endCursor;
    // The same cursor with its row id replaced by 36 dashes (passes a loose [0-9a-f-]{36} check).
    const decoded = JSON.parse(Buffer.from(postsCursor, 'base64url').toString('utf8')) as unknown[];
    decoded[decoded.length - 1] = '-'.repeat(36);
    const dashes = Buffer.from(JSON.stringify(decoded)).toString('base64url');

    const cases: Array<[string, Record<string, unknown>]> = [
      [THREAD, { id: thread.id, after: searchCursor }],
      [THREAD, { id: thread.id, after: dashes }],
      [SEARCH, { query: word, after: postsCursor }],
      [
        `query ($after: String) { notifications(after: $after) { edges { cursor } } }`,
        { after: searchCursor },
      ],
      [
        `query ($after: String) { notifications(after: $after) { edges { cursor } } }`,
        { after: dashes },
      ],
    ];
    for (const [query, variables] of cases) {
      const response = await server.graphql(query, variables, { token: author.token });
      expect({ variables, code: code(response) }).toEqual({ variables, code: 'BAD_USER_INPUT' });
    }
    // The cursors themselves still work where they came from.
    const next = await server.ok<{ thread: ThreadView }>(THREAD, {
      id: thread.id,
      first: 1,
      after: postsCursor,
    });
    expect(next.thread.posts.edges).toHaveLength(1);
  });

  it('gives accounts older than a day the looser posting limit', async () => {
    const regular = await given(server).member();
    await server.sql(`UPDATE users SET created_at = now() - interval '2 days' WHERE id = $1`, [
      regular.id,
    ]);
    const thread = await given(server).thread(regular, board);
    const codes = [];
    // The opening post counted one; 29 more replies fit the budget of 30, the 30th does not.
    for (let index = 0; index < 30; index += 1) {
      codes.push(
        code(
          await server.graphql(
            REPLY,
            { input: { threadId: thread.id, body: `Post ${index}` } },
            { token: regular.token },
          ),
        ),
      );
    }
    expect(codes.slice(0, 29)).toEqual(Array(29).fill(undefined));
    expect(codes[29]).toBe('RATE_LIMITED');
  });

  it('limits posting per user, more strictly for accounts younger than a day', async () => {
    const newcomer = await given(server).member();
    const thread = await given(server).thread(newcomer, board);
    const results = [];
    for (let index = 0; index < 10; index += 1) {
      results.push(
        await server.graphql(
          REPLY,
          { input: { threadId: thread.id, body: `Post ${index}` } },
          { token: newcomer.token },
        ),
      );
    }
    expect(results.slice(0, 9).map(code)).toEqual(Array(9).fill(undefined));
    expect(code(results[9])).toBe('RATE_LIMITED');
  });
});
