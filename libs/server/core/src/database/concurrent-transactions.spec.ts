import type { DataSource } from 'typeorm';
import { bareDataSource, createTestDatabase, TestDatabase } from '../testing/test-database';

/**
 * PGlite is one session shared by every TypeORM connection; unless access is serialised, two
 * transactions interleave on it (one's COMMIT or ROLLBACK ends the other's work). Runs on
 * PostgreSQL too when DATABASE_URL is set.
 */
describe('concurrent transactions', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await bareDataSource(database);
    await dataSource.query('CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL)');
    await dataSource.query(
      'CREATE TABLE writes (id serial PRIMARY KEY, writer int NOT NULL UNIQUE)',
    );
    await dataSource.query('INSERT INTO counters (id, n) VALUES (1, 0)');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database.drop();
  });

  it('lands 50 concurrent transactional writes exactly once, and rolls back only the failed ones', async () => {
    const writers = Array.from({ length: 50 }, (_, index) => index);
    const results = await Promise.allSettled(
      writers.map((writer) =>
        dataSource.transaction(async (manager) => {
          await manager.query('INSERT INTO writes (writer) VALUES ($1)', [writer]);
          // Atomic increment: exact on PostgreSQL under concurrency, exact on PGlite once serialised.
          await manager.query('UPDATE counters SET n = n + 1 WHERE id = 1');
          await new Promise((resolve) => setTimeout(resolve, writer % 3));
          if (writer % 10 === 9) throw new Error(`writer ${writer} gives up`);
        }),
      ),
    );
    const failed = writers.filter((writer) => writer % 10 === 9);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(failed.length);

    const rows: Array<{ writer: number }> = await dataSource.query(
      'SELECT writer FROM writes ORDER BY writer',
    );
    expect(rows.map((row) => row.writer)).toEqual(
      writers.filter((writer) => !failed.includes(writer)),
    );
    const [counter] = (await dataSource.query('SELECT n FROM counters WHERE id = 1')) as Array<{
      n: number;
    }>;
    expect(counter.n).toBe(writers.length - failed.length);
  });

  it('keeps a read-modify-write inside one transaction isolated from the others', async () => {
    await dataSource.query('UPDATE counters SET n = 0 WHERE id = 1');
    await Promise.all(
      Array.from({ length: 50 }, () =>
        dataSource.transaction(async (manager) => {
          const [row] = (await manager.query(
            'SELECT n FROM counters WHERE id = 1 FOR UPDATE',
          )) as Array<{ n: number }>;
          await new Promise((resolve) => setTimeout(resolve, 1));
          await manager.query('UPDATE counters SET n = $1 WHERE id = 1', [row.n + 1]);
        }),
      ),
    );
    const [counter] = (await dataSource.query('SELECT n FROM counters WHERE id = 1')) as Array<{
      n: number;
    }>;
    expect(counter.n).toBe(50);
  });
});
