import { given } from './support/given';
import { TestServer } from './support/test-server';

const USER = `query ($handle: String!) { user(handle: $handle) { email pendingEmail emailVerified } }`;
const ME = `{ me { email pendingEmail emailVerified } }`;
const CHANGE_EMAIL = `mutation ($email: String!, $password: String!) { changeEmail(email: $email, password: $password) }`;
const VERIFY = `mutation ($token: String!) { verifyEmail(token: $token) { email pendingEmail } }`;
const DELETE = `mutation ($password: String!) { deleteAccount(password: $password) }`;

interface AccountEmail {
  email: string | null;
  pendingEmail: string | null;
  emailVerified: boolean | null;
}

const HIDDEN: AccountEmail = { email: null, pendingEmail: null, emailVerified: null };

describe('User.email and User.pendingEmail (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({ ADMIN_EMAILS: 'root@admins.example,root2@admins.example' });
  });

  afterAll(async () => {
    await server.close();
  });

  async function userAs(handle: string, token?: string): Promise<AccountEmail> {
    const { user } = await server.ok<{ user: AccountEmail }>(USER, { handle }, { token });
    return user;
  }

  it('shows the address and a pending change to the person and admins, and to nobody else', async () => {
    const member = await given(server).member();
    const other = await given(server).member();
    const admin = await given(server).member({ handle: 'root', domain: 'admins.example' });
    const newEmail = `${member.handle}@elsewhere.example`;

    const { me: before } = await server.ok<{ me: AccountEmail }>(ME, {}, { token: member.token });
    expect(before).toEqual({ email: member.email, pendingEmail: null, emailVerified: true });

    await server.ok(
      CHANGE_EMAIL,
      { email: newEmail, password: member.password },
      { token: member.token },
    );
    const pending = { email: member.email, pendingEmail: newEmail, emailVerified: true };
    await expect(userAs(member.handle, member.token)).resolves.toEqual(pending);
    await expect(userAs(member.handle, admin.token)).resolves.toEqual(pending);
    await expect(userAs(member.handle, other.token)).resolves.toEqual(HIDDEN);
    await expect(userAs(member.handle)).resolves.toEqual(HIDDEN);

    const { verifyEmail } = await server.ok<{ verifyEmail: AccountEmail }>(
      VERIFY,
      { token: server.mailedToken(newEmail, '/verify') },
      { token: member.token },
    );
    expect(verifyEmail).toEqual({ email: newEmail, pendingEmail: null });
    await expect(userAs(member.handle, admin.token)).resolves.toEqual({
      email: newEmail,
      pendingEmail: null,
      emailVerified: true,
    });
  });

  it('drops a pending change whose link expired', async () => {
    const member = await given(server).member();
    const newEmail = `${member.handle}@later.example`;
    await server.ok(
      CHANGE_EMAIL,
      { email: newEmail, password: member.password },
      { token: member.token },
    );
    await server.sql(
      `UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'change_email' AND email = $1`,
      [newEmail],
    );
    await expect(userAs(member.handle, member.token)).resolves.toMatchObject({
      email: member.email,
      pendingEmail: null,
    });
  });

  it('shows an unverified address to its owner as such', async () => {
    const member = await given(server).member({ verified: false });
    await expect(userAs(member.handle, member.token)).resolves.toEqual({
      email: member.email,
      pendingEmail: null,
      emailVerified: false,
    });
  });

  it('gives no address for a deleted account, even to admins', async () => {
    const member = await given(server).member();
    const admin = await given(server).member({ handle: 'root2', domain: 'admins.example' });
    const board = await given(server).board(admin);
    const thread = await given(server).thread(member, board);
    await server.ok(DELETE, { password: member.password }, { token: member.token });
    const { thread: read } = await server.ok<{ thread: { author: AccountEmail } }>(
      `query ($id: ID!) { thread(id: $id) { author { email pendingEmail emailVerified } } }`,
      { id: thread.id },
      { token: admin.token },
    );
    expect(read.author.email).toBeNull();
    expect(read.author.pendingEmail).toBeNull();
  });
});
