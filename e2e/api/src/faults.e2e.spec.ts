import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import { Client } from 'pg';
import { given, randomIp } from './support/given';
import { postGraphqlOnOwnConnection } from './support/own-connection';
import { RedisProcess } from './support/redis-process';
import { startServerProcess } from './support/server-process';
import { TestServer } from './support/test-server';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;
const ME = `{ me { handle } }`;

/** POSTs JSON to /graphql on a connection of its own (no keep-alive), resolving with the answer. */
function postJson(
  port: number,
  body: unknown,
): Promise<{ status: number; body: { data?: { signUp?: { token: string } } } }> {
  return postGraphqlOnOwnConnection(port, body);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Timed out waiting for a condition');
}

describe('faults (e2e)', () => {
  describe('PostgreSQL connections dropped', () => {
    let database: TestDatabase;
    let server: TestServer;

    beforeAll(async () => {
      database = await createTestDatabase({ engine: 'postgresql' });
      server = await TestServer.start({ DATABASE_URL: database.env.DATABASE_URL ?? '' });
    });

    afterAll(async () => {
      await server.close();
      await database.drop();
    });

    it('fails requests cleanly, recovers, and leaves nothing half-written', async () => {
      const owner = await given(server).member();
      const board = await given(server).board(owner);
      const thread = await given(server).thread(owner, board);
      const repliers = await Promise.all(Array.from({ length: 6 }, () => given(server).member()));
      const databaseName = new URL(database.env.DATABASE_URL ?? '').pathname.slice(1);
      const admin = new Client({ connectionString: database.env.DATABASE_URL });
      await admin.connect();
      const terminate = () =>
        admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [databaseName],
        );

      const attempts = repliers.flatMap((member) =>
        Array.from({ length: 5 }, (_, index) =>
          server.graphql<{ reply: { id: string } }>(
            `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`,
            { input: { threadId: thread.id, body: `Reply ${index} by ${member.handle}` } },
            { token: member.token },
          ),
        ),
      );
      const killer = (async () => {
        for (let round = 0; round < 5; round += 1) {
          await new Promise((resolve) => setTimeout(resolve, 15));
          await terminate();
        }
      })();
      const results = await Promise.all(attempts);
      await killer;
      await admin.end();

      for (const result of results) {
        // A clean failure: a GraphQL error with a code, or 503 "try again"; never a crash or a 500.
        expect([200, 503]).toContain(result.status);
        if (result.errors) expect(result.errors[0].extensions?.['code']).toBeDefined();
      }
      const succeeded = results
        .filter((result) => result.data?.reply)
        .map((result) => result.data?.reply.id);

      // The pool recovers: the next requests succeed.
      await waitFor(
        async () => (await server.graphql(ME, {}, { token: owner.token })).data?.me !== undefined,
      );
      const after = await server.ok<{ reply: { id: string } }>(
        `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`,
        { input: { threadId: thread.id, body: 'After the storm' } },
        { token: owner.token },
      );

      // Every acknowledged reply is stored; counters agree with the rows (no half-written write).
      const rows = await server.sql<{ id: string }>(
        'SELECT id FROM posts WHERE thread_id = $1 AND NOT opening',
        [thread.id],
      );
      const stored = new Set(rows.map((row) => row.id));
      for (const id of [...succeeded, after.reply.id]) expect(stored.has(id as string)).toBe(true);
      const [counts] = await server.sql<{ reply_count: number; post_count: number; posts: string }>(
        `SELECT t.reply_count, b.post_count, (SELECT count(*) FROM posts p WHERE p.board_id = b.id) AS posts
           FROM threads t JOIN boards b ON b.id = t.board_id WHERE t.id = $1`,
        [thread.id],
      );
      expect(Number(counts.reply_count)).toBe(rows.length);
      expect(Number(counts.post_count)).toBe(Number(counts.posts));
    });
  });

  describe('Redis stops and comes back', () => {
    let redis: RedisProcess;
    let server: TestServer;

    beforeAll(async () => {
      redis = await RedisProcess.start();
      server = await TestServer.start({ REDIS_URL: redis.url });
    });

    afterAll(async () => {
      await server.close();
      await redis.stop();
    });

    it('keeps serving GraphQL while Redis is away and uses it again once back, without a restart', async () => {
      const member = await given(server).member();
      await redis.stop();
      await waitFor(async () => {
        const health = (await (await fetch(`${server.url}/health`)).json()) as {
          status: string;
          redis: { state: string };
        };
        return health.redis.state === 'down' && health.status === 'degraded';
      });
      expect((await fetch(`${server.url}/health`)).status).toBe(200);

      // Rate-limited operations fall back to per-instance limits instead of failing.
      expect(
        (await server.ok<{ me: { handle: string } }>(ME, {}, { token: member.token })).me.handle,
      ).toBe(member.handle);
      const signUp = await server.graphql(
        SIGN_UP,
        {
          input: {
            email: 'while-away@members.example',
            password: 'long enough pw',
            handle: 'while_away',
            displayName: 'W',
          },
        },
        { ip: randomIp() },
      );
      expect(signUp.errors).toBeUndefined();

      await redis.resume();
      await waitFor(async () => {
        const health = (await (await fetch(`${server.url}/health`)).json()) as {
          redis: { state: string };
        };
        return health.redis.state === 'up';
      }, 15_000);
      const later = await given(server).member();
      expect(
        (await server.ok<{ me: { handle: string } }>(ME, {}, { token: later.token })).me.handle,
      ).toBe(later.handle);
    });
  });

  describe('graceful shutdown', () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase();
    });

    afterAll(async () => {
      await database.drop();
    });

    it('finishes the requests in flight on SIGTERM before stopping', async () => {
      const run = await startServerProcess({ ...database.env, TRUST_PROXY: 'loopback' });
      let signalledAt = Infinity;
      // Each request on its own connection: a request sent after the server answered on a
      // keep-alive connection races its close, which clients handle by retrying.
      const inFlight = Array.from({ length: 30 }, (_, index) =>
        postJson(run.port ?? 0, {
          query: SIGN_UP,
          variables: {
            input: {
              email: `drain${index}@members.example`,
              password: 'long enough pw',
              handle: `drain_${index}`,
              displayName: 'D',
            },
          },
        }).then((result) => ({ ...result, afterSignal: Date.now() > signalledAt })),
      );
      // Each sign-up hashes a password on a pool of four threads: when the first answer arrives,
      // most of the others are still being worked on.
      await Promise.race(inFlight);
      signalledAt = Date.now();
      run.signal('SIGTERM');
      const results = await Promise.all(inFlight);
      expect(results.some((result) => result.afterSignal)).toBe(true);
      expect(results.map((result) => result.status)).toEqual(results.map(() => 200));
      expect(results.every((result) => typeof result.body.data?.signUp?.token === 'string')).toBe(
        true,
      );
      expect(await run.exited).toBe('SIGTERM');
    });
  });
});
