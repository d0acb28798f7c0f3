import { given, randomIp } from './support/given';
import { sharedRedisEnv } from './support/test-services';
import { TestServer } from './support/test-server';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`;

/** Two instances sharing one Redis share their rate limits (the real Redis on this machine). */
describe('rate limits across instances through Redis (e2e)', () => {
  const env = sharedRedisEnv();
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    [first, second] = await Promise.all([TestServer.start(env), TestServer.start(env)]);
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it('reports Redis in /health', async () => {
    const health = (await (await fetch(`${first.url}/health`)).json()) as {
      redis: { state: string };
    };
    expect(health.redis.state).toBe('up');
  });

  it('counts failed sign-ins for one account on every instance together', async () => {
    const member = await given(first).member();
    const attempt = (server: TestServer) =>
      server
        .graphql(
          SIGN_IN,
          { input: { email: member.email, password: 'wrong guess!!' } },
          { ip: randomIp() },
        )
        .then((response) => String(response.errors?.[0]?.extensions?.['code']));
    const codes: string[] = [];
    for (let index = 0; index < 10; index += 1)
      codes.push(await attempt(index % 2 === 0 ? first : second));
    expect(codes.every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(await attempt(second)).toBe('RATE_LIMITED');
    expect(await attempt(first)).toBe('RATE_LIMITED');
  });
});
