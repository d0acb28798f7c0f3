// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { MeDocument, SignOutDocument } from './generated/graphql';
import { createGraphqlClient, GraphqlRequestError } from './graphql-client';

function answer(status: number, body: unknown): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

async function failure(promise: Promise<unknown>): Promise<GraphqlRequestError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GraphqlRequestError);
  return error as GraphqlRequestError;
}

describe('createGraphqlClient', () => {
  it('posts JSON with the cookie and the CSRF header, and returns the data', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => answer(200, { data: { signOut: true } }));
    const client = createGraphqlClient({ url: 'http://api.test/graphql', fetch: fetchMock });

    await expect(client.request(SignOutDocument, { everywhere: true })).resolves.toEqual({
      signOut: true,
    });

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('http://api.test/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('include');
    expect(init?.headers).toMatchObject({
      'content-type': 'application/json',
      'x-csrf-protection': '1',
    });
    const body = JSON.parse(String(init?.body)) as { query: string; variables: unknown };
    expect(body.query).toContain('mutation SignOut');
    expect(body.variables).toEqual({ everywhere: true });
  });

  it('surfaces extensions.code and the message of the first error', async () => {
    const client = createGraphqlClient({
      fetch: async () =>
        answer(200, {
          data: null,
          errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
    });
    const error = await failure(client.request(MeDocument));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('Sign in first.');
  });

  it('keeps the error id of an unexpected server error', async () => {
    const client = createGraphqlClient({
      fetch: async () =>
        answer(200, {
          errors: [
            {
              message: 'Internal server error (error id e-1).',
              extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: 'e-1' },
            },
          ],
        }),
    });
    const error = await failure(client.request(MeDocument));
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions['errorId']).toBe('e-1');
  });

  it('treats an unknown code as an internal error rather than trusting it', async () => {
    const client = createGraphqlClient({
      fetch: async () => answer(200, { errors: [{ message: 'odd', extensions: { code: 'WAT' } }] }),
    });
    expect((await failure(client.request(MeDocument))).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('reports NETWORK when the server cannot be reached', async () => {
    const client = createGraphqlClient({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const error = await failure(client.request(MeDocument));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toContain('fetch failed');
  });

  it('maps a non-GraphQL answer (a proxy error page) by its HTTP status', async () => {
    const tooMany = createGraphqlClient({
      fetch: async () => answer(429, '<html>slow down</html>'),
    });
    expect((await failure(tooMany.request(MeDocument))).code).toBe('RATE_LIMITED');
    const badGateway = createGraphqlClient({ fetch: async () => answer(502, 'Bad gateway') });
    const error = await failure(badGateway.request(MeDocument));
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.status).toBe(502);
  });

  it('sends a bearer token when one is given (clients outside a browser)', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => answer(200, { data: { me: null } }));
    await createGraphqlClient({ token: 't0k', fetch: fetchMock }).request(MeDocument);
    expect(fetchMock.mock.calls[0][1]?.headers).toMatchObject({ authorization: 'Bearer t0k' });
  });
});
