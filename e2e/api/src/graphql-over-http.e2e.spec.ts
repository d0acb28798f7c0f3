import { serverAudits } from 'graphql-http';
import { TestServer } from './support/test-server';

/** The GraphQL-over-HTTP audit suite that off-the-shelf clients rely on. */
describe('GraphQL over HTTP audits (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
  });

  afterAll(async () => {
    await server.close();
  });

  it('passes every MUST and SHOULD audit', async () => {
    const audits = serverAudits({ url: () => `${server.url}/graphql`, fetchFn: fetch });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it.each([
    ['a fragment cycle', `{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }`],
    ['an unknown fragment', `{ me { ...Missing } }`],
    ['a subscription', `subscription { me { id } }`],
  ])('answers %s as bad input before it runs, never 500', async (_what, query) => {
    const response = await server.graphql(query);
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(
      response.errors?.map(() => 'BAD_USER_INPUT'),
    );
    expect(response.errors?.length).toBeGreaterThan(0);
  });
});
