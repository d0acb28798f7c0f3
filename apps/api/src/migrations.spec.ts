import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig } from '@boardwalk/server-core';
import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import { DATABASE_PARTS } from './database-parts';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(
      dataSourceOptions(loadConfig({ ...database.env, LOG_LEVEL: 'silent' }), DATABASE_PARTS),
    );
    await dataSource.initialize();
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

  it('are named <timestamp>-<PascalName> and never run twice', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await dataSource.runMigrations()).toEqual([]);
  });
});
