import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatchUpResult, RealtimeClient } from '@boardwalk/client';
import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import { given, TestBoard, TestMember, TestThread } from './support/given';
import { eventually, postsOf, sleep } from './support/realtime';
import { freePort, RedisProcess } from './support/redis-process';
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

  async function instance(port: number): Promise<ServerProcess> {
    const dataDir = mkdtempSync(join(tmpdir(), 'bw-instance-'));
    dataDirs.push(dataDir);
    const run = await startServerProcess({ ...env(), PORT: String(port), DATA_DIR: dataDir });
    if (run.port === null)
      throw new Error(`Instance on port ${port} did not start: ${run.stderr()}`);
    processes.push(run);
    return run;
  }

  function watcher(
    port: number,
    thread: TestThread,
    token: string,
    delivered: string[],
  ): RealtimeClient {
    const client = new RealtimeClient({
      url: `http://127.0.0.1:${port}`,
      token,
      socket: { transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 300 },
    });
    clients.push(client);
    const watch = client.watchBoard(board.id, {
      onPost: (post) => {
        if (post.threadId === thread.id) delivered.push(post.id);
      },
      catchUp: async (): Promise<CatchUpResult> => ({ posts: await postsOf(setup, thread.id) }),
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
    members = await Promise.all(Array.from({ length: 4 }, () => given(setup).member()));
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

  it('loses no acknowledged post when an instance is killed: watchers catch up, without duplicates', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    const [, instanceB] = await Promise.all([instance(portA), instance(portB)]);
    const thread = await given(setup).thread(members[0], board, { title: 'Kill test' });
    const onA: string[] = [];
    const onB: string[] = [];
    watcher(portA, thread, members[0].token, onA);
    watcher(portB, thread, members[1].token, onB);
    await sleep(500);

    const acknowledged: string[] = [];
    for (let index = 0; index < 16; index += 1) {
      if (index === 6) {
        instanceB.signal('SIGKILL');
        await instanceB.exited;
      }
      if (index === 10) await instance(portB);
      const port = index % 2 === 0 ? portA : portB;
      const id = await reply(port, members[2 + (index % 2)], thread, `reply ${index}`);
      if (id) acknowledged.push(id);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(12);

    const stored = new Set((await postsOf(setup, thread.id)).map((post) => post.id));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);

    await eventually(
      () => acknowledged.every((id) => onA.includes(id)),
      'every post on instance A',
      15_000,
    );
    await eventually(
      () => acknowledged.every((id) => onB.includes(id)),
      'every post on the restarted B',
      15_000,
    );
    expect(new Set(onA).size).toBe(onA.length);
    expect(new Set(onB).size).toBe(onB.length);
  });

  it('recovers cross-instance delivery when Redis comes back, without a restart', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    await Promise.all([instance(portA), instance(portB)]);
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
    const port = await freePort();
    const first = await instance(port);
    const thread = await given(setup).thread(members[0], board, { title: 'Restart test' });
    const delivered: string[] = [];
    const client = watcher(port, thread, members[1].token, delivered);
    await sleep(500);
    const reasons: string[] = [];
    client.socket.on('disconnect', (reason) => reasons.push(reason));

    first.signal('SIGTERM');
    expect(await first.exited).toBe('SIGTERM');
    await eventually(() => reasons.length > 0, 'the disconnect');
    // "io server disconnect" would stop socket.io-client from reconnecting on its own.
    expect(reasons[0]).not.toBe('io server disconnect');

    await instance(port);
    await eventually(() => client.socket.connected, 'the reconnection', 15_000);
    const id = await reply(port, members[2], thread, 'after the restart');
    await eventually(() => delivered.includes(id ?? ''), 'delivery after the restart');
  });
});
