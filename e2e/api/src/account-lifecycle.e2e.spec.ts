import { StaffReverificationService } from '@boardwalk/server-accounts';
import { given, randomIp } from './support/given';
import { pollUntil } from './support/poll';
import { command, connectSocket, nextEvent } from './support/realtime';
import { TestServer } from './support/test-server';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;
const ME = `{ me { handle isStaff emailVerified } }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;
const CHANGE_EMAIL = `mutation ($email: String!, $password: String!) { changeEmail(email: $email, password: $password) }`;
const VERIFY = `mutation ($token: String!) { verifyEmail(token: $token) { handle isStaff } }`;
const DELETE = `mutation ($password: String!, $erase: Boolean) { deleteAccount(password: $password, eraseContent: $erase) }`;
const MY_SESSIONS = `{ mySessions { id userAgent current } }`;
const REVOKE_SESSION = `mutation ($id: ID!) { revokeSession(id: $id) }`;
const MODERATION_LOG = `{ moderationLog(first: 100) { edges { node { action reason automatic subject { id } moderator { id } } } } }`;

interface LogEntry {
  action: string;
  reason: string;
  automatic: boolean;
  subject: { id: string } | null;
  moderator: { id: string };
}

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('account lifecycle (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({ STAFF_EMAIL_DOMAINS: 'acme.example' });
  });

  afterAll(async () => {
    await server.close();
  });

  describe('password reset', () => {
    it('answers true for any address and mails only existing accounts', async () => {
      const member = await given(server).member();
      const before = server.outbox().length;
      expect(
        (await server.ok(REQUEST_RESET, { email: 'nobody@members.example' }, { ip: randomIp() }))
          .requestPasswordReset,
      ).toBe(true);
      expect(server.outbox()).toHaveLength(before);
      expect(
        (await server.ok(REQUEST_RESET, { email: member.email.toUpperCase() }, { ip: randomIp() }))
          .requestPasswordReset,
      ).toBe(true);
      expect(server.outbox()).toHaveLength(before + 1);
    });

    it('sets the new password with a single-use link and signs out every session', async () => {
      const member = await given(server).member();
      await server.ok(REQUEST_RESET, { email: member.email }, { ip: randomIp() });
      const token = server.mailedToken(member.email, '/reset');

      const tooShort = await server.graphql(RESET, { token, password: 'short' });
      expect(codeOf(tooShort)).toBe('BAD_USER_INPUT');

      expect(
        (await server.ok(RESET, { token, password: 'a brand new password' })).resetPassword,
      ).toBe(true);
      expect((await server.graphql(ME, {}, { token: member.token })).data).toEqual({ me: null });
      expect(
        codeOf(
          await server.graphql(SIGN_IN, {
            input: { email: member.email, password: member.password },
          }),
        ),
      ).toBe('UNAUTHENTICATED');
      await server.ok(SIGN_IN, {
        input: { email: member.email, password: 'a brand new password' },
      });

      const reused = await server.graphql(RESET, { token, password: 'yet another password' });
      expect(codeOf(reused)).toBe('BAD_USER_INPUT');
    });

    it('refuses an expired link', async () => {
      const member = await given(server).member();
      await server.ok(REQUEST_RESET, { email: member.email }, { ip: randomIp() });
      const token = server.mailedToken(member.email, '/reset');
      await server.sql(
        `UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'reset_password' AND email = $1`,
        [member.email],
      );
      expect(codeOf(await server.graphql(RESET, { token, password: 'a brand new password' }))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('is rate limited per email and per IP address', async () => {
      const member = await given(server).member();
      const perEmail: unknown[] = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        perEmail.push(
          codeOf(
            await server.graphql(REQUEST_RESET, { email: member.email }, { ip: randomIp() }),
          ) ?? 'OK',
        );
      }
      expect(perEmail).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
      const ip = randomIp();
      const perIp: unknown[] = [];
      for (let attempt = 0; attempt < 11; attempt += 1) {
        perIp.push(
          codeOf(
            await server.graphql(REQUEST_RESET, { email: `x${attempt}@members.example` }, { ip }),
          ) ?? 'OK',
        );
      }
      expect(perIp.at(-1)).toBe('RATE_LIMITED');
    });
  });

  describe('email change', () => {
    it('keeps the old address until the new one is verified, then uses the new one', async () => {
      const member = await given(server).member();
      expect(
        codeOf(
          await server.graphql(
            CHANGE_EMAIL,
            { email: 'new@members.example', password: 'wrong!!!!!!' },
            { token: member.token },
          ),
        ),
      ).toBe('UNAUTHENTICATED');
      const other = await given(server).member();
      expect(
        codeOf(
          await server.graphql(
            CHANGE_EMAIL,
            { email: other.email, password: member.password },
            { token: member.token },
          ),
        ),
      ).toBe('CONFLICT');

      const newEmail = `${member.handle}@elsewhere.example`;
      await server.ok(
        CHANGE_EMAIL,
        { email: newEmail, password: member.password },
        { token: member.token },
      );
      await server.ok(SIGN_IN, { input: { email: member.email, password: member.password } });

      await server.ok(VERIFY, { token: server.mailedToken(newEmail, '/verify') });
      await server.ok(SIGN_IN, { input: { email: newEmail, password: member.password } });
      expect(
        codeOf(
          await server.graphql(SIGN_IN, {
            input: { email: member.email, password: member.password },
          }),
        ),
      ).toBe('UNAUTHENTICATED');
      const notice = server
        .outbox()
        .find((mail) => mail.to === member.email && /was changed/.test(mail.subject));
      expect(notice?.text).toContain(newEmail);
    });

    it('ends staff status at once when a staff member moves to a non-staff address, and grants it the other way', async () => {
      const staff = await given(server).member({ domain: 'acme.example' });
      expect(
        (await server.ok<{ me: { isStaff: boolean } }>(ME, {}, { token: staff.token })).me.isStaff,
      ).toBe(true);
      const personal = `${staff.handle}@personal.example`;
      await server.ok(
        CHANGE_EMAIL,
        { email: personal, password: staff.password },
        { token: staff.token },
      );
      expect(
        (await server.ok<{ me: { isStaff: boolean } }>(ME, {}, { token: staff.token })).me.isStaff,
      ).toBe(true);
      const verified = await server.ok<{ verifyEmail: { isStaff: boolean } }>(VERIFY, {
        token: server.mailedToken(personal, '/verify'),
      });
      expect(verified.verifyEmail.isStaff).toBe(false);
      expect(
        (await server.ok<{ me: { isStaff: boolean } }>(ME, {}, { token: staff.token })).me.isStaff,
      ).toBe(false);

      const member = await given(server).member();
      const work = `${member.handle}@acme.example`;
      await server.ok(
        CHANGE_EMAIL,
        { email: work, password: member.password },
        { token: member.token },
      );
      await server.ok(VERIFY, { token: server.mailedToken(work, '/verify') });
      expect(
        (await server.ok<{ me: { isStaff: boolean } }>(ME, {}, { token: member.token })).me.isStaff,
      ).toBe(true);
    });

    it.each([
      ['a malformed address', 'not-an-email'],
      ['an address with spaces', 'two words@members.example'],
      ['an address over 254 characters', `${'a'.repeat(64)}@${'b'.repeat(190)}.example`],
      ['an empty address', ''],
    ])('refuses %s with BAD_USER_INPUT, like sign-up, and mails nothing', async (_case, email) => {
      const member = await given(server).member();
      const mailed = server.outbox().length;
      const response = await server.graphql(
        CHANGE_EMAIL,
        { email, password: member.password },
        { token: member.token },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'email',
      });
      expect(server.outbox()).toHaveLength(mailed);
      await server.ok(SIGN_IN, { input: { email: member.email, password: member.password } });
    });

    it('answers an address another account uses with CONFLICT, whatever its case', async () => {
      const member = await given(server).member();
      const other = await given(server).member();
      const response = await server.graphql(
        CHANGE_EMAIL,
        { email: other.email.toUpperCase(), password: member.password },
        { token: member.token },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    });

    it('refuses an expired and a reused change-email link with BAD_USER_INPUT', async () => {
      const member = await given(server).member();
      const expiring = `${member.handle}@expired.example`;
      await server.ok(
        CHANGE_EMAIL,
        { email: expiring, password: member.password },
        { token: member.token },
      );
      const expiredToken = server.mailedToken(expiring, '/verify');
      await server.sql(
        `UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'change_email' AND email = $1`,
        [expiring],
      );
      expect(codeOf(await server.graphql(VERIFY, { token: expiredToken }))).toBe('BAD_USER_INPUT');
      await server.ok(SIGN_IN, { input: { email: member.email, password: member.password } });

      const next = `${member.handle}@next.example`;
      await server.ok(
        CHANGE_EMAIL,
        { email: next, password: member.password },
        { token: member.token },
      );
      const token = server.mailedToken(next, '/verify');
      await server.ok(VERIFY, { token });
      expect(codeOf(await server.graphql(VERIFY, { token }))).toBe('BAD_USER_INPUT');
      await server.ok(SIGN_IN, { input: { email: next, password: member.password } });
    });

    it('records a staff member moving to a non-staff address in the public moderation log', async () => {
      const staff = await given(server).member({ domain: 'acme.example' });
      const personal = `${staff.handle}@personal.example`;
      await server.ok(
        CHANGE_EMAIL,
        { email: personal, password: staff.password },
        { token: staff.token },
      );
      await server.ok(VERIFY, { token: server.mailedToken(personal, '/verify') });
      // The log listens to the staff change, which is emitted after the change commits.
      const ended = (log: { moderationLog: { edges: Array<{ node: LogEntry }> } }) =>
        log.moderationLog.edges
          .map((edge) => edge.node)
          .find((entry) => entry.subject?.id === staff.id && entry.action === 'STAFF_ENDED');
      const log = await pollUntil(
        () => server.ok<{ moderationLog: { edges: Array<{ node: LogEntry }> } }>(MODERATION_LOG),
        (value) => ended(value) !== undefined,
        'the STAFF_ENDED entry of the email change',
      );
      expect(ended(log)).toEqual({
        action: 'STAFF_ENDED',
        reason: expect.stringMatching(/changed to an email outside the staff domains/i),
        automatic: false,
        subject: { id: staff.id },
        moderator: { id: staff.id },
      });
    });
  });

  describe('sessions', () => {
    it('lists each signed-in device with its user agent', async () => {
      const member = await given(server).member();
      const phone = 'BoardwalkPhone/2.1 (e2e; like Mobile)';
      const signedIn = await server.ok<{ signIn: { token: string } }>(
        SIGN_IN,
        { input: { email: member.email, password: member.password } },
        { headers: { 'user-agent': phone } },
      );
      const { mySessions } = await server.ok<{
        mySessions: Array<{ id: string; userAgent: string | null; current: boolean }>;
      }>(MY_SESSIONS, {}, { token: signedIn.signIn.token });
      expect(mySessions).toHaveLength(2);
      expect(mySessions.find((session) => session.current)?.userAgent).toBe(phone);
      expect(mySessions.find((session) => !session.current)?.userAgent).not.toBe(phone);
    });

    it('answers NOT_FOUND for a malformed id, an unknown id and another account’s session', async () => {
      const member = await given(server).member();
      const other = await given(server).member();
      const { mySessions } = await server.ok<{ mySessions: Array<{ id: string }> }>(
        MY_SESSIONS,
        {},
        { token: other.token },
      );
      for (const id of [
        'not-a-uuid',
        '',
        "' OR 1=1 --",
        '00000000-0000-0000-0000-000000000000',
        mySessions[0].id,
      ]) {
        const response = await server.graphql(REVOKE_SESSION, { id }, { token: member.token });
        expect({ id, code: codeOf(response) }).toEqual({ id, code: 'NOT_FOUND' });
      }
      expect(
        (await server.ok<{ me: { handle: string } }>(ME, {}, { token: other.token })).me,
      ).toMatchObject({ handle: other.handle });
    });
  });

  it('shows the lost badge in the next realtime event of a former staff member', async () => {
    const staff = await given(server).member({ domain: 'acme.example' });
    const board = await given(server).board(staff);
    const thread = await given(server).thread(staff, board);
    const watcher = await connectSocket(server.url);
    try {
      expect(await command(watcher, 'thread:watch', { threadId: thread.id })).toMatchObject({
        ok: true,
      });
      type Created = { post: { id: string; author: { isStaff: boolean } | null } };
      const asStaff = nextEvent<Created>(watcher, 'post.created');
      await given(server).reply(staff, thread, { body: 'Speaking for the company' });
      expect((await asStaff).post.author?.isStaff).toBe(true);

      const personal = `${staff.handle}@personal.example`;
      await server.ok(
        CHANGE_EMAIL,
        { email: personal, password: staff.password },
        { token: staff.token },
      );
      await server.ok(VERIFY, { token: server.mailedToken(personal, '/verify') });
      const asMember = nextEvent<Created>(watcher, 'post.created');
      await given(server).reply(staff, thread, { body: 'Speaking for myself now' });
      expect((await asMember).post.author?.isStaff).toBe(false);
    } finally {
      watcher.close();
    }
  });

  it('closes the sockets of a revoked session at once, and of every session on sign-out everywhere', async () => {
    const member = await given(server).member();
    const second = await server.ok<{ signIn: { token: string } }>(SIGN_IN, {
      input: { email: member.email, password: member.password },
    });
    const first = await connectSocket(server.url, { token: member.token });
    const other = await connectSocket(server.url, { token: second.signIn.token });
    const closed = (socket: typeof first) =>
      new Promise<string>((resolve) => socket.once('disconnect', resolve));
    try {
      const firstClosed = closed(first);
      const sessions = await server.ok<{ mySessions: Array<{ id: string; current: boolean }> }>(
        `{ mySessions { id current } }`,
        {},
        { token: second.signIn.token },
      );
      const firstSession = sessions.mySessions.find((session) => !session.current)?.id;
      await server.ok(
        `mutation ($id: ID!) { revokeSession(id: $id) }`,
        { id: firstSession },
        { token: second.signIn.token },
      );
      expect(await firstClosed).toBe('io server disconnect');
      expect(other.connected).toBe(true);
      await expect(connectSocket(server.url, { token: member.token })).rejects.toThrow(/not valid/);

      const otherClosed = closed(other);
      await server.ok(`mutation { signOut(everywhere: true) }`, {}, { token: second.signIn.token });
      expect(await otherClosed).toBe('io server disconnect');
    } finally {
      first.close();
      other.close();
    }
  });

  describe('staff re-verification', () => {
    it('mails staff whose confirmation is due once, and keeps the badge when they confirm', async () => {
      const staff = await given(server).member({ domain: 'acme.example' });
      await server.sql(
        `UPDATE users SET staff_verified_at = now() - interval '91 days' WHERE id = $1`,
        [staff.id],
      );
      const job = server.get(StaffReverificationService);
      expect((await job.runOnce()).mailed).toBe(1);
      expect((await job.runOnce()).mailed).toBe(0);
      const mail = server
        .outbox()
        .filter((item) => item.to === staff.email)
        .at(-1);
      expect(mail?.subject).toMatch(/still speak for your company/);
      await server.ok(VERIFY, { token: server.mailedToken(staff.email, '/verify') });
      await server.sql(
        `UPDATE users SET staff_verified_at = staff_verified_at - interval '15 days' WHERE id = $1`,
        [staff.id],
      );
      expect((await job.runOnce()).ended).toBe(0);
      expect(
        (await server.ok<{ me: { isStaff: boolean } }>(ME, {}, { token: staff.token })).me.isStaff,
      ).toBe(true);
    });

    it('ends the badge (not the account) when the link is not confirmed within 14 days', async () => {
      const staff = await given(server).member({ domain: 'acme.example' });
      await server.sql(
        `UPDATE users SET staff_verified_at = now() - interval '120 days' WHERE id = $1`,
        [staff.id],
      );
      const job = server.get(StaffReverificationService);
      await job.runOnce();
      await server.sql(
        `UPDATE users SET staff_reverify_sent_at = now() - interval '15 days' WHERE id = $1`,
        [staff.id],
      );
      expect((await job.runOnce()).ended).toBe(1);
      const me = await server.ok<{ me: { isStaff: boolean; handle: string } }>(
        ME,
        {},
        { token: staff.token },
      );
      expect(me.me).toMatchObject({ isStaff: false, handle: staff.handle });
    });

    it('refuses an expired re-confirmation link with BAD_USER_INPUT', async () => {
      const staff = await given(server).member({ domain: 'acme.example' });
      await server.sql(
        `UPDATE users SET staff_verified_at = now() - interval '91 days' WHERE id = $1`,
        [staff.id],
      );
      await server.get(StaffReverificationService).runOnce();
      const token = server.mailedToken(staff.email, '/verify');
      await server.sql(
        `UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'staff_reverify' AND user_id = $1`,
        [staff.id],
      );
      expect(codeOf(await server.graphql(VERIFY, { token }))).toBe('BAD_USER_INPUT');
      const [row] = await server.sql<{ reverify_pending: boolean }>(
        'SELECT staff_reverify_sent_at IS NOT NULL AS reverify_pending FROM users WHERE id = $1',
        [staff.id],
      );
      expect(row.reverify_pending).toBe(true);
    });
  });

  describe('account deletion', () => {
    it('needs the password, then removes the person: sign-in, token and profile are gone', async () => {
      const member = await given(server).member({ domain: 'acme.example' });
      expect(
        codeOf(
          await server.graphql(DELETE, { password: 'not my password' }, { token: member.token }),
        ),
      ).toBe('UNAUTHENTICATED');
      expect(codeOf(await server.graphql(DELETE, { password: member.password }))).toBe(
        'UNAUTHENTICATED',
      );

      expect(
        (
          await server.ok(
            DELETE,
            { password: member.password, erase: false },
            { token: member.token },
          )
        ).deleteAccount,
      ).toBe(true);
      expect((await server.graphql(ME, {}, { token: member.token })).data).toEqual({ me: null });
      expect(
        codeOf(await server.graphql(`{ mySessions { id } }`, {}, { token: member.token })),
      ).toBe('UNAUTHENTICATED');
      expect(
        codeOf(
          await server.graphql(SIGN_IN, {
            input: { email: member.email, password: member.password },
          }),
        ),
      ).toBe('UNAUTHENTICATED');
      expect(
        (await server.ok(`query ($h: String!) { user(handle: $h) { id } }`, { h: member.handle }))
          .user,
      ).toBeNull();
      const [row] = await server.sql<{ display_name: string; is_staff: boolean; email: string }>(
        'SELECT display_name, is_staff, email FROM users WHERE id = $1',
        [member.id],
      );
      expect(row).toEqual({
        display_name: 'Deleted member',
        is_staff: false,
        email: `deleted-${member.id}@deleted.invalid`,
      });
      // The address is free again.
      await server.ok(
        `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
        {
          input: {
            email: member.email,
            password: 'long enough pw',
            handle: `${member.handle}_2`.slice(0, 30),
            displayName: 'Again',
          },
        },
        { ip: randomIp() },
      );
    });
  });

  it('stops guessing the password through deleteAccount after 5 wrong tries', async () => {
    const member = await given(server).member();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        codeOf(
          await server.graphql(DELETE, { password: `guess ${attempt}` }, { token: member.token }),
        ),
      ).toBe('UNAUTHENTICATED');
    }
    // Even the right password waits now: a stolen token cannot go on guessing.
    expect(
      codeOf(await server.graphql(DELETE, { password: member.password }, { token: member.token })),
    ).toBe('RATE_LIMITED');
    const { me } = await server.ok<{ me: { handle: string } }>(ME, {}, { token: member.token });
    expect(me.handle).toBe(member.handle);
  });

  describe('account deletion and content', () => {
    const THREAD = `query ($id: ID!) { thread(id: $id) { posts { edges { node { id body deleted author { displayName handle } } } } board { postCount } } }`;
    interface ThreadView {
      thread: {
        posts: {
          edges: Array<{
            node: { id: string; body: string; deleted: boolean; author: { displayName: string } };
          }>;
        };
        board: { postCount: number };
      };
    }

    it('keeps the posts under "Deleted member", or erases their bodies when asked; counters stay exact', async () => {
      const owner = await given(server).member();
      const board = await given(server).board(owner);
      const keeper = await given(server).member();
      const eraser = await given(server).member();
      const thread = await given(server).thread(owner, board);
      const kept = await given(server).reply(keeper, thread, { body: 'Keep my words' });
      const erased = await given(server).reply(eraser, thread, { body: 'Erase my words' });
      const before = await server.ok<ThreadView>(THREAD, { id: thread.id });

      await server.ok(DELETE, { password: keeper.password, erase: false }, { token: keeper.token });
      await server.ok(DELETE, { password: eraser.password, erase: true }, { token: eraser.token });

      const after = await server.ok<ThreadView>(THREAD, { id: thread.id });
      const post = (id: string) =>
        after.thread.posts.edges.find((edge) => edge.node.id === id)?.node;
      expect(post(kept)).toMatchObject({
        body: 'Keep my words',
        deleted: false,
        author: { displayName: 'Deleted member' },
      });
      expect(post(erased)).toMatchObject({
        body: '',
        deleted: true,
        author: { displayName: 'Deleted member' },
      });
      expect(after.thread.posts.edges).toHaveLength(before.thread.posts.edges.length);
      expect(after.thread.board.postCount).toBe(before.thread.board.postCount);
      const search = await server.ok<{ search: { edges: unknown[] } }>(
        `{ search(query: "erase my words") { edges { node { id } } } }`,
      );
      expect(search.search.edges).toEqual([]);
    });
  });

  describe('erasure seen live', () => {
    interface UpdatedMessage {
      boardId: string;
      threadId: string;
      post: { id: string; body: string; bodyHtml: string; deleted: boolean };
      seq: number;
    }

    it('sends post.updated with the board’s next seq for every erased post', async () => {
      const owner = await given(server).member();
      const board = await given(server).board(owner);
      const thread = await given(server).thread(owner, board);
      const eraser = await given(server).member();
      const words = ['First secret words', 'Second secret words'];
      const postIds = [];
      for (const body of words) postIds.push(await given(server).reply(eraser, thread, { body }));
      const alreadyDeleted = await given(server).reply(eraser, thread, { body: 'Gone before' });
      await server.ok(
        `mutation ($id: ID!) { deletePost(id: $id) { id } }`,
        { id: alreadyDeleted },
        { token: eraser.token },
      );

      const watcher = await connectSocket(server.url);
      try {
        const ack = await command(watcher, 'board:watch', { boardId: board.id });
        if (!ack.ok) throw new Error(ack.message);
        const seen: UpdatedMessage[] = [];
        watcher.on('post.updated', (message: UpdatedMessage) => seen.push(message));
        const bothSeen = Promise.all(
          postIds.map((id) =>
            nextEvent<UpdatedMessage>(watcher, 'post.updated', (message) => message.post.id === id),
          ),
        );

        await server.ok(
          DELETE,
          { password: eraser.password, erase: true },
          { token: eraser.token },
        );
        await bothSeen;

        expect(seen.map((message) => message.post.id).sort()).toEqual([...postIds].sort());
        for (const message of seen) {
          expect(message).toMatchObject({
            boardId: board.id,
            threadId: thread.id,
            post: { body: '', bodyHtml: '', deleted: true },
          });
        }
        expect(seen.map((message) => message.seq).sort((a, b) => a - b)).toEqual([
          ack.seq + 1,
          ack.seq + 2,
        ]);
        expect(JSON.stringify(seen)).not.toMatch(/secret words/);
        // A client catching up by seq sees the board moved on by one per erased post.
        const again = await command(watcher, 'board:watch', { boardId: board.id });
        expect(again).toMatchObject({ ok: true, seq: ack.seq + 2 });
      } finally {
        watcher.close();
      }
    });
  });

  describe('data export', () => {
    it('returns the signed-in member’s data as a JSON file', async () => {
      const member = await given(server).member();
      const board = await given(server).board(member, { name: 'Exported board' });
      const thread = await given(server).thread(member, board, {
        title: 'Exported thread',
        body: 'My opening words',
      });
      const replier = await given(server).member();
      await given(server).reply(replier, thread, { body: 'A reply to notify about' });
      // Notifications are written just after the reply commits.
      await pollUntil(
        () =>
          server.ok<{ notifications: { edges: unknown[] } }>(
            `{ notifications { edges { node { id } } } }`,
            {},
            { token: member.token },
          ),
        (inbox) => inbox.notifications.edges.length > 0,
        'the reply notification',
      );
      const response = await fetch(`${server.url}/me/export`, {
        headers: { authorization: `Bearer ${member.token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('attachment');
      const body = (await response.json()) as {
        account: { email: string; handle: string };
        sessions: unknown[];
        boards: {
          created: Array<Record<string, unknown>>;
          memberships: Array<Record<string, unknown>>;
        };
        threads: Array<Record<string, unknown>>;
        posts: Array<Record<string, unknown>>;
        notifications: Array<Record<string, unknown>>;
      };
      expect(body.account).toMatchObject({ email: member.email, handle: member.handle });
      expect(body.sessions).toHaveLength(1);
      expect(body.boards.created).toEqual([
        expect.objectContaining({ id: board.id, slug: board.slug, name: 'Exported board' }),
      ]);
      expect(body.boards.memberships).toEqual([expect.objectContaining({ boardId: board.id })]);
      expect(body.threads).toEqual([
        expect.objectContaining({ id: thread.id, boardId: board.id, title: 'Exported thread' }),
      ]);
      // Only the member's own posts: the opening post, not the reply someone else wrote.
      expect(body.posts).toEqual([
        expect.objectContaining({
          threadId: thread.id,
          boardId: board.id,
          body: 'My opening words',
          deletedAt: null,
        }),
      ]);
      expect(body.notifications).toEqual([
        expect.objectContaining({ actorId: replier.id, threadId: thread.id, readAt: null }),
      ]);

      const anonymous = await fetch(`${server.url}/me/export`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({
        error: { code: 'UNAUTHENTICATED', message: expect.any(String) },
      });
    });
  });
});
