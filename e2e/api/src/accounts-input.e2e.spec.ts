import { given, randomIp } from './support/given';
import { TestServer } from './support/test-server';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;

const valid = {
  email: 'ok@members.example',
  password: 'long enough pw',
  handle: 'valid_handle',
  displayName: 'Valid',
};

describe('accounts: bad input, credentials and rate limits (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
  });

  afterAll(async () => {
    await server.close();
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, /email/],
    ['a password under 10 characters', { password: 'short' }, /password must be 10/],
    ['an upper-case handle', { handle: 'Alice' }, /handle must be 3 to 30/],
    ['a too short handle', { handle: 'ab' }, /handle/],
    ['a handle with a dash', { handle: 'a-b-c' }, /handle/],
    ['a handle over 30 characters', { handle: 'a'.repeat(31) }, /handle must be 3 to 30/],
    ['an empty display name', { displayName: '' }, /displayName/],
  ])('refuses %s with BAD_USER_INPUT and creates nothing', async (_case, change, message) => {
    const response = await server.graphql(
      SIGN_UP,
      { input: { ...valid, ...change } },
      { ip: randomIp() },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(message);
    const signIn = await server.graphql(SIGN_IN, {
      input: { email: valid.email, password: valid.password },
    });
    expect(signIn.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('accepts a handle of exactly 30 characters', async () => {
    const handle = 'h'.repeat(30);
    await server.ok(
      SIGN_UP,
      { input: { ...valid, email: 'thirty@members.example', handle } },
      { ip: randomIp() },
    );
    expect(
      (await server.ok<{ user: { handle: string } }>(`{ user(handle: "${handle}") { handle } }`))
        .user,
    ).toEqual({ handle });
  });

  it('answers a taken email or handle with CONFLICT, whatever the case of the email', async () => {
    const member = await given(server).member();
    const takenEmail = await server.graphql(
      SIGN_UP,
      { input: { ...valid, email: member.email.toUpperCase(), handle: 'fresh_handle' } },
      { ip: randomIp() },
    );
    expect(takenEmail.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    const takenHandle = await server.graphql(
      SIGN_UP,
      { input: { ...valid, email: 'fresh@members.example', handle: member.handle } },
      { ip: randomIp() },
    );
    expect(takenHandle.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'handle',
    });
  });

  it('lets only one of two racing sign-ups with the same handle through', async () => {
    const results = await Promise.all(
      ['race1@members.example', 'race2@members.example'].map((email) =>
        server.graphql(
          SIGN_UP,
          { input: { ...valid, email, handle: 'racer' } },
          { ip: randomIp() },
        ),
      ),
    );
    const codes = results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  it('answers a wrong password and an unknown email alike, in similar time', async () => {
    const member = await given(server).member();
    // The fastest of a few tries, so a busy machine's pauses do not decide the comparison.
    const fastest = async (input: { email: string; password: string }) => {
      let best = Infinity;
      let error: { message: string; extensions?: Record<string, unknown> } | undefined;
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const started = performance.now();
        const response = await server.graphql(SIGN_IN, { input }, { ip: randomIp() });
        best = Math.min(best, performance.now() - started);
        error = response.errors?.[0];
      }
      return { elapsed: best, error };
    };
    const wrong = await fastest({ email: member.email, password: 'wrong password!' });
    const unknown = await fastest({ email: 'nobody@members.example', password: 'wrong password!' });
    expect(wrong.error?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(unknown.error?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(unknown.error?.message).toBe(wrong.error?.message);
    // Both pay for one argon2 verification; an early return for unknown emails would be ~0 ms.
    expect(unknown.elapsed).toBeGreaterThan(wrong.elapsed * 0.3);
  });

  it('rate-limits failed sign-ins per account, even from many addresses', async () => {
    const member = await given(server).member();
    const codes: string[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      const response = await server.graphql(
        SIGN_IN,
        { input: { email: member.email, password: `wrong guess ${attempt}` } },
        { ip: randomIp() },
      );
      codes.push(String(response.errors?.[0]?.extensions?.['code']));
    }
    expect(codes.slice(0, 10).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[10]).toBe('RATE_LIMITED');
    const correct = await server.graphql(SIGN_IN, {
      input: { email: member.email, password: member.password },
    });
    expect(correct.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });

  it('rate-limits failed sign-ins per IP address across accounts', async () => {
    const ip = randomIp();
    let lastCode = '';
    for (let attempt = 0; attempt < 51; attempt += 1) {
      const response = await server.graphql(
        SIGN_IN,
        { input: { email: `nobody${attempt}@members.example`, password: 'wrong guess!' } },
        { ip },
      );
      lastCode = String(response.errors?.[0]?.extensions?.['code']);
    }
    expect(lastCode).toBe('RATE_LIMITED');
  });

  it('rate-limits sign-ups per IP address', async () => {
    const ip = randomIp();
    const codes: string[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) {
      const response = await server.graphql(
        SIGN_UP,
        {
          input: { ...valid, email: `flood${attempt}@members.example`, handle: `flood_${attempt}` },
        },
        { ip },
      );
      codes.push(String(response.errors?.[0]?.extensions?.['code'] ?? 'OK'));
    }
    expect(codes.slice(0, 20).every((code) => code === 'OK')).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
  });
});
