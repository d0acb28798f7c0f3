import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createGraphqlClient,
  DeliverySource,
  graphqlCatchUp,
  RealtimeClient,
} from '@boardwalk/client';
import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import { given, TestBoard, TestMember, TestThread } from './support/given';
import { eventually, postsOf, sleep } from './support/realtime';
import { RedisProcess } from './support/redis-process';
import { ServerProcess, startServerProcess } from './support/server-process';
import { TestServer } from './support/test-server';

const REPLY = `mutation ($input: ReplyInput!) { reply(input: $input) { id } }`;

/**
 * Instances as real processes on fixed ports sharing one PostgreSQL database and one Redis, so
 * one can be killed and started again where its clients reconnect (as behind a proxy).
 */
describe('realtime under faults (e2e)', () => {
  let database: TestDatabase;
  let redis: RedisProcess;
  let setup: TestServer;
  const dataDirs: string[] = [];
  const processes: ServerProcess[] = [];
  const clients: RealtimeClient[] = [];
  let members: TestMember[];
  let board: TestBoard;

  const redisKeyPrefix = `bwfault:${randomBytes(4).toString('hex')}:`;
  const env = () => ({
    DATABASE_URL: database.env.DATABASE_URL ?? '',
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: redisKeyPrefix,
    TRUST_PROXY: 'loopback',
  });

  /**
   * An instance on `port`, or on a port the system picks when it is 0: a port chosen up front
   * can be taken by another test's server during the seconds this one takes to boot.
   */
  async function instance(
    port: number,
    extra: Record<string, string> = {},
  ): Promise<ServerProcess & { port: number }> {
    const dataDir = mkdtempSync(join(tmpdir(), 'bw-instance-'));
    dataDirs.push(dataDir);
    const run = await startServerProcess({
      ...env(),
      PORT: String(port),
      DATA_DIR: dataDir,
      ...extra,
    });
    if (run.port === null)
      throw new Error(`Instance on port ${port} did not start: ${run.stderr()}`);
    processes.push(run);
    return { ...run, port: run.port };
  }

  /** A board watcher that keeps the thread's posts, catching up over GraphQL with the SDK helper. */
  function watcher(
    port: number,
    thread: TestThread,
    token: string,
    delivered: string[],
    sources: DeliverySource[] = [],
  ): RealtimeClient {
    const client = new RealtimeClient({
      url: `http://127.0.0.1:${port}`,
      token,
      socket: { transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 300 },
    });
    clients.push(client);
    const watch = client.watchBoard(board.id, {
      onPost: (post, source) => {
        if (post.threadId !== thread.id) return;
        delivered.push(post.id);
        sources.push(source);
      },
      catchUp: graphqlCatchUp(createGraphqlClient({ url: `${setup.url}/graphql`, token }), {
        boardSlug: board.slug,
      }),
    });
    void watch
      .ready()
      .then(async () => watch.markSeen((await postsOf(setup, thread.id)).map((post) => post.id)));
    return client;
  }

  async function reply(
    port: number,
    member: TestMember,
    thread: TestThread,
    body: string,
  ): Promise<string | null> {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
        body: JSON.stringify({ query: REPLY, variables: { input: { threadId: thread.id, body } } }),
      });
      const parsed = (await response.json()) as { data?: { reply?: { id: string } } };
      return parsed.data?.reply?.id ?? null;
    } catch {
      return null; // The instance is down: the write was not acknowledged.
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase({ engine: 'postgresql' });
    redis = await RedisProcess.start();
    setup = await TestServer.startOn(database, env());
    // 0-3 watch and post in the shorter tests; 4-7 write concurrently in the kill test (new
    // accounts may post 10 times in 10 minutes).
    members = await Promise.all(Array.from({ length: 8 }, () => given(setup).member()));
    board = await given(setup).board(members[0]);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    for (const run of processes.splice(0)) run.signal('SIGKILL');
    await sleep(100);
  });

  afterAll(async () => {
    await setup?.close();
    await redis?.stop();
    await database?.drop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged post when an instance is killed mid-write: watchers catch up, without duplicates', async () => {
    const [{ port: portA }, instanceB] = await Promise.all([instance(0), instance(0)]);
    const portB = instanceB.port;
    const thread = await given(setup).thread(members[0], board, { title: 'Kill test' });
    const onA: string[] = [];
    const onB: string[] = [];
    const sourcesOnB: DeliverySource[] = [];
    watcher(portA, thread, members[0].token, onA);
    watcher(portB, thread, members[1].token, onB, sourcesOnB);
    await sleep(500);

    // Four writers post at once, alternating between the instances, so that mutations are in
    // flight on B when it dies; a mutation counts once it has answered with its post.
    const acknowledged: string[] = [];
    let failed = 0;
    let inFlightOnB = 0;
    const post = async (port: number, writer: TestMember, body: string) => {
      if (port === portB) inFlightOnB += 1;
      try {
        const id = await reply(port, writer, thread, body);
        if (id) acknowledged.push(id);
        else failed += 1;
      } finally {
        if (port === portB) inFlightOnB -= 1;
      }
    };
    const writers = members.slice(4, 8);
    const writing = Promise.all(
      writers.map(async (writer, w) => {
        for (let index = 0; index < 8; index += 1) {
          await post((index + w) % 2 === 0 ? portA : portB, writer, `writer ${w} reply ${index}`);
        }
      }),
    );

    await eventually(
      () => acknowledged.length >= 6 && inFlightOnB > 0,
      'writes in flight on B',
      30_000,
    );
    const inFlightAtKill = inFlightOnB;
    instanceB.signal('SIGKILL');
    expect(await instanceB.exited).toBe('SIGKILL');
    await writing;
    expect(inFlightAtKill).toBeGreaterThan(0);

    // B comes back on its port; its watcher reconnects there and posts go through B again.
    await instance(portB);
    await Promise.all(
      writers.map((writer, w) => post(portB, writer, `writer ${w} after the restart`)),
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    expect(failed).toBeGreaterThan(0);

    // Acknowledged means stored; a mutation that failed may or may not have committed.
    const stored = new Set((await postsOf(setup, thread.id)).map((stored) => stored.id));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);

    await eventually(
      () => acknowledged.every((id) => onA.includes(id)),
      'every acknowledged post on instance A',
      20_000,
    );
    await eventually(
      () => acknowledged.every((id) => onB.includes(id)),
      'every acknowledged post on the restarted B',
      20_000,
    );
    // What B's watcher missed while B was down came through the seq catch-up.
    expect(sourcesOnB).toContain('catch-up');
    expect(new Set(onA).size).toBe(onA.length);
    expect(new Set(onB).size).toBe(onB.length);
    for (const id of [...onA, ...onB]) expect(stored.has(id)).toBe(true);
  }, 120_000);

  it('recovers cross-instance delivery when Redis comes back, without a restart', async () => {
    const [{ port: portA }, { port: portB }] = await Promise.all([instance(0), instance(0)]);
    const thread = await given(setup).thread(members[0], board, { title: 'Redis test' });
    const onA: string[] = [];
    watcher(portA, thread, members[0].token, onA);
    await sleep(500);

    const before = await reply(portB, members[2], thread, 'before the outage');
    await eventually(() => onA.includes(before ?? ''), 'delivery through Redis');

    await redis.stop();
    const local = await reply(portA, members[3], thread, 'while Redis is away, same instance');
    await eventually(() => onA.includes(local ?? ''), 'local delivery without Redis');
    const remote = await reply(portB, members[2], thread, 'while Redis is away, other instance');
    expect(remote).not.toBeNull();

    await redis.resume();
    await sleep(1_500);
    const after = await reply(portB, members[3], thread, 'after the outage');
    // The post made on B during the outage arrives through the seq gap's catch-up.
    await eventually(
      () => [after, remote].every((id) => onA.includes(id ?? '')),
      'delivery after Redis is back',
      15_000,
    );
    expect(new Set(onA).size).toBe(onA.length);
  });

  it('tells sockets to reconnect on SIGTERM, and they carry on with the next instance', async () => {
    const first = await instance(0, { LOG_LEVEL: 'info' });
    const port = first.port;
    const thread = await given(setup).thread(members[0], board, { title: 'Restart test' });
    const delivered: string[] = [];
    const client = watcher(port, thread, members[1].token, delivered);
    await sleep(500);
    const disconnects: Array<{ reason: string; clean?: boolean }> = [];
    client.socket.on('disconnect', (reason, details) => {
      const close = (details as { context?: { wasClean?: boolean } } | undefined)?.context;
      disconnects.push({ reason, clean: close?.wasClean });
    });

    first.signal('SIGTERM');
    expect(await first.exited).toBe('SIGTERM');
    await eventually(() => disconnects.length > 0, 'the disconnect');
    // "io server disconnect" would stop socket.io-client from reconnecting on its own; the
    // server closes the websocket cleanly instead, which a killed process cannot (code 1006).
    expect(disconnects[0]).toEqual({ reason: 'transport close', clean: true });
    // And this line comes from the gateway's shutdown, with the watcher's socket still open.
    expect(first.stdout()).toContain('Closing 1 realtime socket(s)');

    await instance(port);
    await eventually(() => client.socket.connected, 'the reconnection', 15_000);
    const id = await reply(port, members[2], thread, 'after the restart');
    await eventually(() => delivered.includes(id ?? ''), 'delivery after the restart');
  });
});
