import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, runMigrationsLocked } from '@boardwalk/server-core';
import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import { DATABASE_PARTS } from './database-parts';

const open = (database: TestDatabase) =>
  new DataSource(
    dataSourceOptions(loadConfig({ ...database.env, LOG_LEVEL: 'silent' }), DATABASE_PARTS),
  ).initialize();

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await open(database);
    await runMigrationsLocked(dataSource, database.engine === 'pglite');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database.drop();
  });

  it('run from an empty database and leave nothing for the entities to change', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    const applied: Array<{ name: string }> = await dataSource.query(
      'SELECT name FROM migrations ORDER BY id',
    );
    expect(applied.length).toBe(DATABASE_PARTS.migrations.length);
  });

  it('never run twice', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    await runMigrationsLocked(dataSource, database.engine === 'pglite');
    const applied: Array<{ name: string }> = await dataSource.query('SELECT name FROM migrations');
    expect(applied.length).toBe(DATABASE_PARTS.migrations.length);
  });

  it('let several instances start together on one new PostgreSQL database', async () => {
    const shared = await createTestDatabase({ engine: 'postgresql' });
    const instances = await Promise.all([open(shared), open(shared), open(shared)]);
    try {
      await Promise.all(instances.map((instance) => runMigrationsLocked(instance, false)));
      const applied: Array<{ name: string }> = await instances[0].query(
        'SELECT name FROM migrations',
      );
      expect(applied.length).toBe(DATABASE_PARTS.migrations.length);
    } finally {
      await Promise.all(instances.map((instance) => instance.destroy()));
      await shared.drop();
    }
  });
});
