import { given } from './support/given';
import { TestServer } from './support/test-server';

const ME = `{ me { handle } }`;

type GraphqlErrors = { errors: { message: string; extensions: { code: string } }[] };

describe('platform: sessions, cookies, limits, health (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
  });

  afterAll(async () => {
    await server.close();
  });

  it('sets an HttpOnly SameSite session cookie that works only on preflighted requests', async () => {
    const member = await given(server).member();
    const signIn = await server.graphql(
      `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`,
      {
        input: { email: member.email, password: member.password },
      },
    );
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^bw_session=[\w-]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    // Thirty days, in seconds as Max-Age counts them.
    expect(setCookie).toMatch(/Max-Age=2592000(;|$)/i);
    const cookie = setCookie.split(';')[0];

    const json = await server.graphql<{ me: { handle: string } | null }>(
      ME,
      {},
      { headers: { cookie } },
    );
    expect(json.data?.me?.handle).toBe(member.handle);

    // A cross-site form can only send "simple" requests: the cookie must not authenticate them.
    const form = await fetch(`${server.url}/graphql?query=${encodeURIComponent(ME)}`, {
      headers: { cookie },
    });
    const formBody = (await form.json()) as { data?: { me: unknown } };
    expect(formBody.data?.me ?? null).toBeNull();
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent(ME)}`, {
      headers: { cookie, 'x-csrf-protection': '1' },
    });
    expect(((await get.json()) as { data: { me: { handle: string } } }).data.me.handle).toBe(
      member.handle,
    );
  });

  it('runs no operation a cross-site form can send (no login CSRF): 415, no cookie set', async () => {
    const member = await given(server).member();
    const signIn = `mutation { signIn(input: { email: ${JSON.stringify(member.email)}, password: ${JSON.stringify(member.password)} }) { token } }`;
    for (const [contentType, body] of [
      ['application/x-www-form-urlencoded', new URLSearchParams({ query: signIn }).toString()],
      [
        'multipart/form-data; boundary=b',
        `--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n${signIn}\r\n--b--\r\n`,
      ],
      ['text/plain', JSON.stringify({ query: signIn })],
    ] as const) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, origin: 'http://elsewhere.example' },
        body,
      });
      expect([contentType, response.status]).toEqual([
        contentType,
        contentType === 'text/plain' ? 400 : 415,
      ]);
      expect(response.headers.get('set-cookie')).toBeNull();
      const answer = (await response.json()) as GraphqlErrors & { data?: unknown };
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('revokes the token on signOut, and every token on signOut(everywhere: true)', async () => {
    const member = await given(server).member();
    const second = await server.ok<{ signIn: { token: string } }>(
      `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`,
      { input: { email: member.email, password: member.password } },
    );
    const signOut = await server.graphql(`mutation { signOut }`, {}, { token: member.token });
    expect(signOut.data).toEqual({ signOut: true });
    expect((await server.graphql(ME, {}, { token: member.token })).data).toEqual({ me: null });
    const refused = await server.graphql(`{ mySessions { id } }`, {}, { token: member.token });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(
      (await server.ok<{ me: { handle: string } }>(ME, {}, { token: second.signIn.token })).me
        .handle,
    ).toBe(member.handle);

    const third = await server.ok<{ signIn: { token: string } }>(
      `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`,
      { input: { email: member.email, password: member.password } },
    );
    await server.ok(`mutation { signOut(everywhere: true) }`, {}, { token: third.signIn.token });
    expect((await server.graphql(ME, {}, { token: second.signIn.token })).data).toEqual({
      me: null,
    });
  });

  it('lists and revokes sessions, only the viewer’s own', async () => {
    const member = await given(server).member();
    const other = await given(server).member();
    const list = await server.ok<{
      mySessions: Array<{ id: string; current: boolean; userAgent: string }>;
    }>(`{ mySessions { id current userAgent createdAt lastSeenAt } }`, {}, { token: member.token });
    expect(list.mySessions).toHaveLength(1);
    expect(list.mySessions[0].current).toBe(true);
    const stranger = await server.graphql(
      `mutation ($id: ID!) { revokeSession(id: $id) }`,
      { id: list.mySessions[0].id },
      { token: other.token },
    );
    expect(stranger.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    await server.ok(
      `mutation ($id: ID!) { revokeSession(id: $id) }`,
      { id: list.mySessions[0].id },
      { token: member.token },
    );
    expect((await server.graphql(ME, {}, { token: member.token })).data).toEqual({ me: null });
  });

  it('refuses too costly queries with BAD_USER_INPUT before running them', async () => {
    const aliases = Array.from({ length: 6000 }, (_, index) => `a${index}: __typename`).join(' ');
    const costly = await server.graphql(`{ ${aliases} }`);
    expect(costly.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(costly.errors?.[0]?.message).toMatch(/too costly/);
  });

  it('answers malformed requests with BAD_USER_INPUT and never a 5xx', async () => {
    const syntax = await server.graphql(`{ me { `);
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const unknownField = await server.graphql(`{ nope }`);
    expect(unknownField.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const badVariable = await server.graphql(`query ($h: String!) { user(handle: $h) { id } }`, {
      h: 42,
    });
    expect(badVariable.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    // Bodies GraphQL never sees still answer in its shape.
    for (const body of ['{', '']) {
      const answer = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect([body, answer.status]).toEqual([body, 400]);
      const json = (await answer.json()) as GraphqlErrors;
      expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(json.errors[0].message).toMatch(/JSON|empty/);
    }
  });

  it('refuses request bodies over the size limit', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { handle } }`, variables: { pad: 'x'.repeat(300_000) } }),
    });
    expect(response.status).toBe(413);
    const json = (await response.json()) as GraphqlErrors;
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(/too large/i);
  });

  it('serves health and Prometheus metrics', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({
      status: 'ok',
      database: { state: 'up', engine: server.database.engine },
      redis: { state: 'disabled' },
    });
    await server.graphql(ME);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(
      /boardwalk_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/,
    );
    expect(metrics).toMatch(
      /boardwalk_graphql_operation_duration_seconds_count\{operation="query",outcome="ok"\} \d+/,
    );
    expect(metrics).toContain('boardwalk_process_resident_memory_bytes');
  });

  it('counts GraphQL errors in /metrics by the code the client was answered with', async () => {
    const count = async (code: string) => {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      const match = new RegExp(
        `^boardwalk_graphql_errors_total\\{code="${code}"\\} (\\d+)$`,
        'm',
      ).exec(text);
      return match ? Number(match[1]) : 0;
    };
    const before = {
      unauthenticated: await count('UNAUTHENTICATED'),
      badInput: await count('BAD_USER_INPUT'),
      unknown: await count('UNKNOWN'),
    };
    const refused = await server.graphql(`{ mySessions { id } }`);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const invalid = await server.graphql(`{ nope }`);
    expect(invalid.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await count('UNAUTHENTICATED')).toBe(before.unauthenticated + 1);
    expect(await count('BAD_USER_INPUT')).toBe(before.badInput + 1);
    expect(await count('UNKNOWN')).toBe(before.unknown);
  });

  it('keeps accounts and sessions across a restart', async () => {
    const member = await given(server).member();
    await server.restart();
    const me = await server.ok<{ me: { handle: string } }>(ME, {}, { token: member.token });
    expect(me.me.handle).toBe(member.handle);
  });
});
