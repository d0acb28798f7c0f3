import type { DataSource } from 'typeorm';
import { bareDataSource, createTestDatabase, TestDatabase } from '../testing/test-database';
import { nodePostgresPool, queryPrepared } from './prepared-statements';

/** Runs on PGlite, and on PostgreSQL (where statements are really prepared) with DATABASE_URL. */
describe('queryPrepared', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const INSERT = 'INSERT INTO notes (body) VALUES ($1) RETURNING id, body';

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await bareDataSource(database);
    await dataSource.query('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database.drop();
  });

  const bodies = async () =>
    ((await dataSource.query('SELECT body FROM notes ORDER BY id')) as Array<{ body: string }>).map(
      (row) => row.body,
    );

  it('returns the rows of a write, again and again under the same name, in and out of transactions', async () => {
    const first = await queryPrepared<{ id: number; body: string }>(dataSource, 'note', INSERT, [
      'one',
    ]);
    expect(first).toEqual([{ id: expect.any(Number), body: 'one' }]);
    await dataSource.transaction(async (manager) => {
      await queryPrepared(manager, 'note', INSERT, ['two']);
      await queryPrepared(manager, 'note', INSERT, ['three']);
    });
    expect(await bodies()).toEqual(['one', 'two', 'three']);
  });

  it("runs on the transaction's connection: a rollback takes its writes back", async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await queryPrepared(manager, 'note', INSERT, ['rolled back']);
        throw new Error('give up');
      }),
    ).rejects.toThrow('give up');
    expect(await bodies()).not.toContain('rolled back');
  });

  it('fails, and writes nothing elsewhere, once the transaction has lost its connection', async () => {
    const pool = nodePostgresPool(dataSource);
    if (!pool) {
      // PGlite is one in-process session: there is no connection to lose.
      expect(database.engine).toBe('pglite');
      return;
    }
    await expect(
      dataSource.transaction(async (manager) => {
        await queryPrepared(manager, 'note', INSERT, ['before the drop']);
        const [{ pid }] = (await manager.query('SELECT pg_backend_pid() AS pid')) as Array<{
          pid: number;
        }>;
        await pool.query('SELECT pg_terminate_backend($1)', [pid]);
        // The runner learns of the drop from the connection's error event.
        await new Promise((resolve) => setTimeout(resolve, 100));
        await queryPrepared(manager, 'note', INSERT, ['after the drop']);
      }),
    ).rejects.toThrow();
    expect(await bodies()).not.toEqual(expect.arrayContaining(['before the drop']));
    expect(await bodies()).not.toEqual(expect.arrayContaining(['after the drop']));
  });
});
