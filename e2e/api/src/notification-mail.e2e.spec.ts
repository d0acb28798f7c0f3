import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotificationDigestService } from '@boardwalk/server-notifications';
import { given, TestBoard, TestMember, TestThread } from './support/given';
import { TestServer } from './support/test-server';

const SETTINGS = `{ notificationSettings { email dailyEmailLimit } }`;
const UPDATE_SETTINGS = `mutation ($email: NotificationEmail!) {
  updateNotificationSettings(input: { email: $email }) { email dailyEmailLimit }
}`;
const UNSUBSCRIBE = `mutation ($token: String!) { unsubscribe(token: $token) }`;
const MARK_READ = `mutation { markNotificationsRead }`;
const DELETE_ACCOUNT = `mutation ($password: String!) { deleteAccount(password: $password) }`;

const DAILY_LIMIT = 5;

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('notification mail (e2e)', () => {
  let server: TestServer;
  let digest: NotificationDigestService;

  beforeAll(async () => {
    server = await TestServer.start();
    digest = server.get(NotificationDigestService);
  });

  afterAll(async () => {
    await server.close();
  });

  /** Polls until `check` returns a value (not undefined); notifications and mails are async. */
  async function eventually<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const value = await check();
      if (value !== undefined) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Timed out waiting for ${what}`);
  }

  /** Waits until the member has `count` notifications stored. */
  async function notificationsStored(member: TestMember, count: number): Promise<void> {
    await eventually(`${count} notifications`, async () => {
      const [row] = await server.sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM notifications WHERE user_id = $1',
        [member.id],
      );
      return Number(row.n) >= count ? true : undefined;
    });
  }

  /** Notification mails to the member (sign-up mail left out), oldest first. */
  function mailsTo(member: TestMember) {
    return server
      .outbox()
      .filter((mail) => mail.to === member.email && /unsubscribe\?token=/.test(mail.text));
  }

  async function choose(member: TestMember, email: string): Promise<void> {
    await server.ok(UPDATE_SETTINGS, { email }, { token: member.token });
  }

  /** A member with a thread of their own, and someone replying `replies` times in it. */
  async function threadWithReplies(
    recipient: TestMember,
    replies: number,
  ): Promise<{ board: TestBoard; thread: TestThread; replier: TestMember }> {
    const build = given(server);
    const board = await build.board(recipient);
    const thread = await build.thread(recipient, board, { title: 'Where is the map?' });
    const replier = await build.member();
    for (let index = 0; index < replies; index += 1) {
      await build.reply(replier, thread, { body: `Reply ${index + 1}` });
    }
    return { board, thread, replier };
  }

  it('defaults to the daily digest and lets the viewer choose; signed-in only', async () => {
    const member = await given(server).member();
    expect((await server.ok(SETTINGS, {}, { token: member.token })).notificationSettings).toEqual({
      email: 'DAILY_DIGEST',
      dailyEmailLimit: DAILY_LIMIT,
    });
    await choose(member, 'EACH');
    expect((await server.ok(SETTINGS, {}, { token: member.token })).notificationSettings).toEqual({
      email: 'EACH',
      dailyEmailLimit: DAILY_LIMIT,
    });
    expect(codeOf(await server.graphql(SETTINGS))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server.graphql(UPDATE_SETTINGS, { email: 'EACH' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      codeOf(await server.graphql(UPDATE_SETTINGS, { email: 'HOURLY' }, { token: member.token })),
    ).toBe('BAD_USER_INPUT');
  });

  it('EACH: a mail per notification up to the daily cap, the rest in the digest, once', async () => {
    const recipient = await given(server).member();
    await choose(recipient, 'EACH');
    const { board, thread, replier } = await threadWithReplies(recipient, DAILY_LIMIT + 2);
    await notificationsStored(recipient, DAILY_LIMIT + 2);

    // Once the cap is taken no further claim can succeed, so these counts are final.
    await eventually('mails up to the cap', async () =>
      mailsTo(recipient).length >= DAILY_LIMIT ? true : undefined,
    );
    const [claimed] = await server.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND emailed_at IS NOT NULL',
      [recipient.id],
    );
    expect(Number(claimed.n)).toBe(DAILY_LIMIT);
    const single = mailsTo(recipient);
    expect(single).toHaveLength(DAILY_LIMIT);
    expect(single[0].text).toContain(`(@${replier.handle}) replied to your thread`);
    expect(single[0].text).toContain(`http://boardwalk.test/b/${board.slug}/t/${thread.id}`);

    expect((await digest.runDigest()).mailed).toBeGreaterThanOrEqual(1);
    const afterDigest = mailsTo(recipient);
    expect(afterDigest).toHaveLength(DAILY_LIMIT + 1);
    const digestMail = afterDigest[DAILY_LIMIT];
    expect(digestMail.subject).toBe('Boardwalk: 2 new notifications');
    expect(digestMail.text.match(/replied to your thread/g)).toHaveLength(2);
    expect(digestMail.text).toContain(`http://boardwalk.test/b/${board.slug}/t/${thread.id}`);

    expect(await digest.runDigest()).toEqual({ mailed: 0, notifications: 0 });
    expect(mailsTo(recipient)).toHaveLength(DAILY_LIMIT + 1);

    // A new UTC day restores the allowance.
    await server.sql(
      `UPDATE notification_settings SET mail_day = mail_day - 1 WHERE user_id = $1`,
      [recipient.id],
    );
    await given(server).reply(replier, thread, { body: 'Next day' });
    await eventually('a mail on the next day', async () =>
      mailsTo(recipient).length === DAILY_LIMIT + 2 ? true : undefined,
    );
  });

  it('EACH: stores the notification and takes its mail allowance in one statement', async () => {
    const recipient = await given(server).member();
    await choose(recipient, 'EACH');
    const { thread, replier } = await threadWithReplies(recipient, 1);
    await eventually('the first mail', async () =>
      mailsTo(recipient).length === 1 ? true : undefined,
    );

    const { sql } = await server.countStatements(async () => {
      await given(server).reply(replier, thread, { body: 'Second' });
      await eventually('the second mail', async () =>
        mailsTo(recipient).length === 2 ? true : undefined,
      );
    });
    const notificationWrites = sql.filter((text) =>
      /(INSERT INTO|UPDATE) notifications/.test(text),
    );
    expect(notificationWrites).toHaveLength(1);
    expect(notificationWrites[0]).toMatch(
      /UPDATE notification_settings[\s\S]*INSERT INTO notifications/,
    );
    const [settings] = await server.sql<{ mails_today: number }>(
      'SELECT mails_today FROM notification_settings WHERE user_id = $1',
      [recipient.id],
    );
    expect(Number(settings.mails_today)).toBe(2);
  });

  it('DAILY_DIGEST: nothing until the digest, then one mail with everything, once a day', async () => {
    const recipient = await given(server).member();
    const mentioner = await given(server).member();
    const { board, thread, replier } = await threadWithReplies(recipient, 2);
    await given(server).thread(mentioner, board, {
      title: 'Another topic',
      body: `Over to @${recipient.handle}`,
    });
    await notificationsStored(recipient, 3);
    // Leave time for any (wrong) immediate mail to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(recipient)).toHaveLength(0);

    // Two runs at once, as two instances would: the person still gets one digest.
    await Promise.all([digest.runDigest(), digest.runDigest()]);
    const [mail] = mailsTo(recipient);
    expect(mailsTo(recipient)).toHaveLength(1);
    expect(mail.subject).toBe('Boardwalk: 3 new notifications');
    expect(mail.text).toContain(`(@${replier.handle}) replied to your thread "Where is the map?"`);
    expect(mail.text).toContain(`(@${mentioner.handle}) mentioned you in "Another topic"`);
    expect(mail.text).toContain(`http://boardwalk.test/b/${board.slug}/t/${thread.id}`);

    expect((await digest.runDigest()).mailed).toBe(0);
    expect(mailsTo(recipient)).toHaveLength(1);

    // The next notification waits for the next day's digest.
    await given(server).reply(replier, thread, { body: 'One more' });
    await notificationsStored(recipient, 4);
    await digest.runDigest();
    expect(mailsTo(recipient)).toHaveLength(1);
    await server.sql(
      `UPDATE notification_settings SET last_digest_at = last_digest_at - interval '24 hours' WHERE user_id = $1`,
      [recipient.id],
    );
    await digest.runDigest();
    expect(mailsTo(recipient).map((each) => each.subject)).toEqual([
      'Boardwalk: 3 new notifications',
      'Boardwalk: 1 new notification',
    ]);
  });

  it('NONE: no mail at all', async () => {
    const recipient = await given(server).member();
    await choose(recipient, 'NONE');
    await threadWithReplies(recipient, 2);
    await notificationsStored(recipient, 2);
    await digest.runDigest();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(recipient)).toHaveLength(0);
  });

  it('leaves notifications already read in the app out of mail', async () => {
    const recipient = await given(server).member();
    const { thread, replier } = await threadWithReplies(recipient, 2);
    await notificationsStored(recipient, 2);
    await server.ok(MARK_READ, {}, { token: recipient.token });
    await given(server).reply(replier, thread, { body: 'Unread one' });
    await notificationsStored(recipient, 3);
    await digest.runDigest();
    expect(mailsTo(recipient).map((mail) => mail.subject)).toEqual([
      'Boardwalk: 1 new notification',
    ]);
    // Read after being stored but before the digest: also left out.
    await server.sql(
      `UPDATE notification_settings SET last_digest_at = now() - interval '24 hours' WHERE user_id = $1`,
      [recipient.id],
    );
    await given(server).reply(replier, thread, { body: 'Read before the digest' });
    await notificationsStored(recipient, 4);
    await server.ok(MARK_READ, {}, { token: recipient.token });
    await digest.runDigest();
    expect(mailsTo(recipient)).toHaveLength(1);
  });

  it('the unsubscribe link of a mail turns mail off without signing in', async () => {
    const recipient = await given(server).member();
    await choose(recipient, 'EACH');
    const { thread, replier } = await threadWithReplies(recipient, 1);
    await eventually('the first mail', async () =>
      mailsTo(recipient).length === 1 ? true : undefined,
    );
    const token = server.mailedToken(recipient.email, '/unsubscribe');

    const raw = readdirSync(join(server.dataDir, 'outbox'))
      .map((file) => readFileSync(join(server.dataDir, 'outbox', file), 'utf8'))
      // Unfold long header lines.
      .map((mail) => mail.replace(/\r?\n[ \t]+/g, ' '))
      .find((mail) => mail.includes(`To: ${recipient.email}`) && /^List-Unsubscribe:/m.test(mail));
    expect(raw).toMatch(/^List-Unsubscribe: <http:\/\/boardwalk\.test\/unsubscribe\?token=/m);

    expect((await server.ok(UNSUBSCRIBE, { token })).unsubscribe).toBe(true);
    expect(
      (await server.ok(SETTINGS, {}, { token: recipient.token })).notificationSettings,
    ).toEqual({ email: 'NONE', dailyEmailLimit: DAILY_LIMIT });
    // Links stay valid: opening it again changes nothing and still succeeds.
    expect((await server.ok(UNSUBSCRIBE, { token })).unsubscribe).toBe(true);

    await given(server).reply(replier, thread, { body: 'After unsubscribing' });
    await notificationsStored(recipient, 2);
    await digest.runDigest();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(recipient)).toHaveLength(1);
  });

  it('refuses a token it did not sign with BAD_USER_INPUT', async () => {
    const recipient = await given(server).member();
    await choose(recipient, 'EACH');
    await threadWithReplies(recipient, 1);
    await eventually('a mail', async () => (mailsTo(recipient).length === 1 ? true : undefined));
    const token = server.mailedToken(recipient.email, '/unsubscribe');
    const other = await given(server).member();
    const forged = other.id.replace(/-/g, '') + token.slice(32);
    // A character inside the signature (the last one carries padding bits only).
    const flipped = token.slice(0, 40) + (token[40] === 'A' ? 'B' : 'A') + token.slice(41);
    for (const bad of ['', 'nonsense', forged, flipped, token.slice(0, 32)]) {
      expect(codeOf(await server.graphql(UNSUBSCRIBE, { token: bad }))).toBe('BAD_USER_INPUT');
    }
    expect((await server.ok(SETTINGS, {}, { token: other.token })).notificationSettings).toEqual({
      email: 'DAILY_DIGEST',
      dailyEmailLimit: DAILY_LIMIT,
    });
  });

  it('mails no address its owner has not confirmed, and does not mark the notification mailed', async () => {
    const recipient = await given(server).member({ verified: false });
    await choose(recipient, 'EACH');
    const author = await given(server).member();
    const board = await given(server).board(author);
    await given(server).thread(author, board, { body: `A question for @${recipient.handle}` });
    await notificationsStored(recipient, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Only the sign-up's own confirmation mail went to that address.
    expect(
      server
        .outbox()
        .filter((mail) => mail.to === recipient.email)
        .map((mail) => mail.subject),
    ).toEqual(['Confirm your email for Boardwalk']);
    const [row] = await server.sql<{ emailed: number }>(
      'SELECT count(*)::int AS emailed FROM notifications WHERE user_id = $1 AND emailed_at IS NOT NULL',
      [recipient.id],
    );
    expect(Number(row.emailed)).toBe(0);
  });

  it('mails nobody whose account is deleted', async () => {
    const recipient = await given(server).member();
    await choose(recipient, 'EACH');
    const board = await given(server).board(recipient);
    const thread = await given(server).thread(recipient, board);
    await server.ok(DELETE_ACCOUNT, { password: recipient.password }, { token: recipient.token });
    const replier = await given(server).member();
    await given(server).reply(replier, thread, { body: 'Anyone there?' });
    await notificationsStored(recipient, 1);
    await digest.runDigest();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      server
        .outbox()
        .filter((mail) => /unsubscribe\?token=/.test(mail.text))
        .filter((mail) => mail.to === recipient.email || mail.to.includes(recipient.id)),
    ).toHaveLength(0);
  });
});
