import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import { given } from './support/given';
import { TestServer } from './support/test-server';

const NEWEST = `{ boards(orderBy: NEWEST) { edges { node { name } } } }`;

/**
 * Streaming replication cannot be set up here, so the "replica" is a second database with
 * different rows: what a query returns shows which database answered it.
 */
describe('read replicas (e2e)', () => {
  let primaryDatabase: TestDatabase;
  let replicaDatabase: TestDatabase;
  let primary: TestServer;

  beforeAll(async () => {
    [primaryDatabase, replicaDatabase] = await Promise.all([
      createTestDatabase({ engine: 'postgresql' }),
      createTestDatabase({ engine: 'postgresql' }),
    ]);
    const onReplica = await TestServer.startOn(replicaDatabase, {
      DATABASE_URL: replicaDatabase.env.DATABASE_URL ?? '',
    });
    const author = await given(onReplica).member();
    const board = await given(onReplica).board(author, { name: 'Replica only' });
    await given(onReplica).thread(author, board, { title: 'Walruses of the replica' });
    await onReplica.close();

    primary = await TestServer.startOn(primaryDatabase, {
      DATABASE_URL: primaryDatabase.env.DATABASE_URL ?? '',
      DATABASE_REPLICA_URLS: replicaDatabase.env.DATABASE_URL ?? '',
    });
  });

  afterAll(async () => {
    await primary?.close();
    await primaryDatabase?.drop();
    await replicaDatabase?.drop();
  });

  it('reads the board directory and search from the replica, and everything else from the primary', async () => {
    const member = await given(primary).member();
    const board = await given(primary).board(member, { name: 'On the primary' });

    const directory = await primary.ok<{ boards: { edges: Array<{ node: { name: string } }> } }>(
      NEWEST,
    );
    expect(directory.boards.edges.map((edge) => edge.node.name)).toEqual(['Replica only']);

    const search = await primary.ok<{ search: { edges: Array<{ node: { title: string } }> } }>(
      `{ search(query: "walruses") { edges { node { title } } } }`,
    );
    expect(search.search.edges.map((edge) => edge.node.title)).toEqual(['Walruses of the replica']);

    // A member always sees their own writes: single reads and mutations use the primary.
    const read = await primary.ok<{ board: { name: string } | null }>(
      `query ($slug: String!) { board(slug: $slug) { name } }`,
      {
        slug: board.slug,
      },
    );
    expect(read.board?.name).toBe('On the primary');
  });
});
