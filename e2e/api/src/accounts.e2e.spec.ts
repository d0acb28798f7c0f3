import { given, randomIp } from './support/given';
import { TestServer } from './support/test-server';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id handle displayName isStaff emailVerified } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token user { id handle } } }`;
const VERIFY = `mutation ($token: String!) { verifyEmail(token: $token) { id handle isStaff emailVerified } }`;
const ME = `{ me { id handle displayName bio isStaff staffTitle isAdmin emailVerified } }`;

describe('accounts (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({
      STAFF_EMAIL_DOMAINS: 'acme.example',
      ADMIN_EMAILS: 'root@members.example',
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('signs up, mails a link to PUBLIC_URL/verify, verifies, signs in and reads me', async () => {
    const email = 'Ada@Members.Example';
    const signUp = await server.ok<{
      signUp: { token: string; user: { handle: string; emailVerified: boolean } };
    }>(
      SIGN_UP,
      { input: { email, password: 'a long password', handle: 'ada', displayName: 'Ada L.' } },
      { ip: randomIp() },
    );
    expect(signUp.signUp.user).toMatchObject({ handle: 'ada', emailVerified: false });
    expect(signUp.signUp.token).toMatch(/^[\w-]{43}$/);

    const mail = server.outbox().find((item) => item.to === 'ada@members.example');
    expect(mail?.subject).toContain('Confirm your email');
    const token = server.mailedToken('ada@members.example', '/verify');

    const before = await server.ok<{ me: { emailVerified: boolean } }>(
      ME,
      {},
      { token: signUp.signUp.token },
    );
    expect(before.me.emailVerified).toBe(false);

    const verified = await server.ok<{
      verifyEmail: { emailVerified: boolean; isStaff: boolean; handle: string };
    }>(VERIFY, { token });
    // Not signed in (the link is often opened on another device): the one who opened it sees
    // that the address is verified.
    expect(verified.verifyEmail).toMatchObject({ isStaff: false, emailVerified: true });
    const otherUser = await server.ok<{ user: { emailVerified: boolean | null } }>(
      `query ($handle: String!) { user(handle: $handle) { emailVerified } }`,
      { handle: verified.verifyEmail.handle },
    );
    expect(otherUser.user.emailVerified).toBeNull();

    const signIn = await server.ok<{ signIn: { token: string } }>(SIGN_IN, {
      input: { email: 'ADA@members.example', password: 'a long password' },
    });
    const me = await server.ok<{ me: Record<string, unknown> }>(
      ME,
      {},
      { token: signIn.signIn.token },
    );
    expect(me.me).toEqual({
      id: expect.any(String),
      handle: 'ada',
      displayName: 'Ada L.',
      bio: '',
      isStaff: false,
      staffTitle: null,
      isAdmin: false,
      emailVerified: true,
    });
  });

  it('answers a used, unknown or expired verification token with BAD_USER_INPUT', async () => {
    const member = await given(server).member();
    const token = server.mailedToken(member.email, '/verify');
    const reused = await server.graphql(VERIFY, { token });
    expect(reused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const unknown = await server.graphql(VERIFY, { token: 'not-a-token' });
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses an expired verification link, and a new one works', async () => {
    const pending = await given(server).member({ verified: false });
    const token = server.mailedToken(pending.email, '/verify');
    await server.sql(
      `UPDATE email_tokens SET expires_at = now() - interval '1 minute' WHERE email = $1`,
      [pending.email],
    );
    const expired = await server.graphql(VERIFY, { token });
    expect(expired.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

    await server.ok(`mutation { resendVerification }`, {}, { token: pending.token });
    const fresh = server.mailedToken(pending.email, '/verify');
    expect(fresh).not.toBe(token);
    const verified = await server.ok<{ verifyEmail: { handle: string } }>(VERIFY, { token: fresh });
    expect(verified.verifyEmail.handle).toBe(pending.handle);
    const again = await server.graphql(
      `mutation { resendVerification }`,
      {},
      { token: pending.token },
    );
    expect(again.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('shows emailVerified to the user and admins only', async () => {
    const member = await given(server).member();
    const other = await given(server).member();
    const query = `query ($handle: String!) { user(handle: $handle) { handle emailVerified } }`;
    const asSelf = await server.ok<{ user: { emailVerified: boolean | null } }>(
      query,
      { handle: member.handle },
      { token: member.token },
    );
    const asOther = await server.ok<{ user: { emailVerified: boolean | null } }>(
      query,
      { handle: member.handle },
      { token: other.token },
    );
    const anonymous = await server.ok<{ user: { emailVerified: boolean | null } }>(query, {
      handle: member.handle,
    });
    expect(asSelf.user.emailVerified).toBe(true);
    expect(asOther.user.emailVerified).toBeNull();
    expect(anonymous.user.emailVerified).toBeNull();

    const admin = await given(server).member({ handle: 'root' });
    const asAdmin = await server.ok<{ user: { emailVerified: boolean | null } }>(
      query,
      { handle: member.handle },
      { token: admin.token },
    );
    expect(asAdmin.user.emailVerified).toBe(true);
    const adminMe = await server.ok<{ me: { isAdmin: boolean } }>(ME, {}, { token: admin.token });
    expect(adminMe.me.isAdmin).toBe(true);
  });

  it('makes a verified account at a staff domain staff at once, and lets staff set a title', async () => {
    const staff = await given(server).member({ domain: 'acme.example' });
    const me = await server.ok<{ me: { isStaff: boolean } }>(ME, {}, { token: staff.token });
    expect(me.me.isStaff).toBe(true);

    const titled = await server.ok<{ updateProfile: { staffTitle: string } }>(
      `mutation { updateProfile(input: { staffTitle: "Support engineer", bio: "I fix things" }) { staffTitle bio } }`,
      {},
      { token: staff.token },
    );
    expect(titled.updateProfile.staffTitle).toBe('Support engineer');

    const member = await given(server).member();
    const refused = await server.graphql(
      `mutation { updateProfile(input: { staffTitle: "CEO" }) { staffTitle } }`,
      {},
      { token: member.token },
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('does not make an unverified account at a staff domain staff', async () => {
    const pending = await given(server).member({ domain: 'acme.example', verified: false });
    const me = await server.ok<{ me: { isStaff: boolean; emailVerified: boolean } }>(
      ME,
      {},
      { token: pending.token },
    );
    expect(me.me).toMatchObject({ isStaff: false, emailVerified: false });
  });

  it('lets admins change staff domains at run time; staff status follows for every account', async () => {
    const admin = await given(server)
      .member({ handle: 'root' })
      .catch(async () => {
        // The admin may exist already from an earlier test: sign in instead.
        const data = await server.ok<{ signIn: { token: string } }>(SIGN_IN, {
          input: { email: 'root@members.example', password: 'correct horse battery' },
        });
        return { token: data.signIn.token };
      });
    const staff = await given(server).member({ domain: 'acme.example' });
    const future = await given(server).member({ domain: 'newco.example' });

    const list = await server.ok<{ staffDomains: string[] }>(
      `{ staffDomains }`,
      {},
      { token: admin.token },
    );
    expect(list.staffDomains).toEqual(['acme.example']);

    const set = await server.ok<{ setStaffDomains: string[] }>(
      `mutation ($domains: [String!]!) { setStaffDomains(domains: $domains) }`,
      { domains: ['NewCo.example', ' newco.example '] },
      { token: admin.token },
    );
    expect(set.setStaffDomains).toEqual(['newco.example']);

    const formerStaff = await server.ok<{ me: { isStaff: boolean } }>(
      ME,
      {},
      { token: staff.token },
    );
    expect(formerStaff.me.isStaff).toBe(false);
    const newStaff = await server.ok<{ me: { isStaff: boolean } }>(ME, {}, { token: future.token });
    expect(newStaff.me.isStaff).toBe(true);

    const bad = await server.graphql(
      `mutation { setStaffDomains(domains: ["not a domain"]) }`,
      {},
      { token: admin.token },
    );
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const tooMany = await server.graphql(
      `mutation ($domains: [String!]!) { setStaffDomains(domains: $domains) }`,
      { domains: Array.from({ length: 101 }, (_, index) => `d${index}.example`) },
      { token: admin.token },
    );
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'domains',
    });
    expect(tooMany.errors?.[0]?.message).toBe('At most 100 staff domains; 101 were given.');

    const member = await given(server).member();
    for (const query of [
      `{ staffDomains }`,
      `mutation { setStaffDomains(domains: ["evil.example"]) }`,
    ]) {
      const forbidden = await server.graphql(query, {}, { token: member.token });
      expect(forbidden.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const anonymous = await server.graphql(query);
      expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });
});

describe('staff domains seeded from STAFF_EMAIL_DOMAINS (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({
      STAFF_EMAIL_DOMAINS: 'first.example',
      ADMIN_EMAILS: 'boss@members.example',
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('seeds the list on first start only: a restart with another value keeps the admin’s list', async () => {
    const admin = await given(server).member({ handle: 'boss' });
    const list = async () =>
      (await server.ok<{ staffDomains: string[] }>(`{ staffDomains }`, {}, { token: admin.token }))
        .staffDomains;
    const isStaff = async (token: string) =>
      (await server.ok<{ me: { isStaff: boolean } }>(ME, {}, { token })).me.isStaff;
    expect(await list()).toEqual(['first.example']);
    await server.ok(
      `mutation ($domains: [String!]!) { setStaffDomains(domains: $domains) }`,
      { domains: ['chosen.example'] },
      { token: admin.token },
    );

    await server.restart({ STAFF_EMAIL_DOMAINS: 'second.example' });

    expect(await list()).toEqual(['chosen.example']);
    const fromEnvironment = await given(server).member({ domain: 'second.example' });
    expect(await isStaff(fromEnvironment.token)).toBe(false);
    const fromAdmin = await given(server).member({ domain: 'chosen.example' });
    expect(await isStaff(fromAdmin.token)).toBe(true);
  });
});
