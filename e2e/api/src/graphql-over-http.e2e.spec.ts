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
});
