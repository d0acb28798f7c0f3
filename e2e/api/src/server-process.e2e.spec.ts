import { randomBytes } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import { postGraphqlOnOwnConnection, startGraphqlOnOwnConnection } from './support/own-connection';
import { startServerProcess } from './support/server-process';

describe('server process (e2e)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  it.each([
    [
      'PORT',
      'eighty',
      /^Invalid configuration: PORT must be an integer from 0 to 65535 \(got "eighty"\)$/,
    ],
    [
      'DATABASE_URL',
      'mysql://db/x',
      /^Invalid configuration: DATABASE_URL must be a URL like postgres:\/\/\S+ \(got "mysql:\/\/db\/x"\)$/,
    ],
  ])('stops at once on a bad %s with one line naming it', async (name, value, message) => {
    const run = await startServerProcess({ DATA_DIR: database.env.DATA_DIR, [name]: value });
    expect(run.code).toBe(1);
    expect(run.stderr().trim()).toMatch(message);
    expect(run.stderr().trim().split('\n')).toHaveLength(1);
  });

  it('starts, answers /health, and on SIGTERM answers the requests in flight before it stops', async () => {
    const run = await startServerProcess({
      ...database.env,
      LOG_LEVEL: 'info',
      TRUST_PROXY: 'loopback',
    });
    expect(run.port).not.toBeNull();
    const health = await fetch(`http://127.0.0.1:${run.port}/health`);
    expect(health.status).toBe(200);
    const traced = await fetch(`http://127.0.0.1:${run.port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'trace-42',
        cookie: 'bw_session=secret-cookie-value',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(traced.status).toBe(200);

    // A request whose body is still on its way when the signal comes: in flight for certain,
    // however fast the machine answers the rest.
    const held = startGraphqlOnOwnConnection<{ data?: { __typename?: string } }>(run.port ?? 0, {
      query: '{ __typename }',
    });
    // Sign-ups hash a password on a pool of four threads: when the first answer arrives, the
    // others are usually still being worked on.
    const inFlight = Array.from({ length: 8 }, (_, index) => signUp(run.port ?? 0, index));
    await Promise.race(inFlight);
    run.signal('SIGTERM');
    const results = await Promise.all(inFlight);

    // A process merely killed by the signal would reset these connections and log nothing.
    expect(results.map((result) => result.status)).toEqual(results.map(() => 200));
    expect(results.every((result) => typeof result.token === 'string')).toBe(true);
    // The held request is still answered once the rest of its body arrives.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await held.finish()).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    // With its stderr, so a failure shows why the process ended otherwise.
    expect({ exited: await run.exited, stderr: run.stderr() }).toEqual({
      exited: 'SIGTERM',
      stderr: expect.any(String),
    });
    expect(run.stdout()).toMatch(/SIGTERM: finishing [1-9]\d* request\(s\) in flight/);
    expect(run.stdout()).toContain('Closing 0 realtime socket(s)');
    await expect(fetch(`http://127.0.0.1:${run.port}/health`)).rejects.toThrow();

    // JSON lines: requests by id, method, URL and status (no headers, so no cookie), health
    // checks not at all, and Nest's own logs with their context.
    const lines = run
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);
    const request = lines.find((line) => line.req?.id === 'trace-42');
    expect(request).toMatchObject({
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(run.stdout()).not.toContain('secret-cookie-value');
    expect(lines.filter((line) => line.req?.url === '/health')).toEqual([]);
    const generated = lines.filter(
      (line) => line.req?.url === '/graphql' && line.req.id !== 'trace-42',
    );
    expect(generated.length).toBeGreaterThanOrEqual(8);
    expect(generated.every((line) => /^[0-9a-f-]{36}$/.test(String(line.req?.id)))).toBe(true);
    expect(lines).toContainEqual(
      expect.objectContaining({
        context: 'GracefulShutdownService',
        msg: expect.stringMatching(/^SIGTERM: finishing/),
      }),
    );
  }, 180_000);
});

interface LogLine {
  msg?: string;
  context?: string;
  req?: { id?: unknown; method?: string; url?: string };
  res?: { statusCode?: number };
}

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;

/** A sign-up on its own connection (no keep-alive: a reused connection races the close). */
async function signUp(port: number, index: number): Promise<{ status: number; token?: string }> {
  const handle = `sigterm_${index}_${randomBytes(3).toString('hex')}`;
  const request = {
    query: SIGN_UP,
    variables: {
      input: {
        email: `${handle}@members.example`,
        password: 'long enough pw',
        handle,
        displayName: 'Draining',
      },
    },
  };
  const { status, body } = await postGraphqlOnOwnConnection<{
    data?: { signUp?: { token?: string } };
  }>(port, request);
  return { status, token: body.data?.signUp?.token };
}
