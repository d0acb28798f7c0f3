import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';

/** Where a test's server keeps its state: a temporary DATA_DIR and, on PostgreSQL, its own database. */
export interface TestDatabase {
  env: { DATA_DIR: string; DATABASE_URL?: string };
  engine: 'pglite' | 'postgresql';
  drop(): Promise<void>;
}

/**
 * A PostgreSQL server for tests that need one whatever the engine under test (several instances
 * sharing a database): TEST_POSTGRES_URL, else DATABASE_URL, else the local server.
 */
export function postgresServerUrl(): string {
  return (
    process.env['TEST_POSTGRES_URL'] ?? adminUrl() ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

function adminUrl(): string | undefined {
  const url = process.env['DATABASE_URL'];
  return url && url.trim() !== '' ? url : undefined;
}

export function testEngine(): 'pglite' | 'postgresql' {
  return adminUrl() ? 'postgresql' : 'pglite';
}

/**
 * A fresh, empty database for one test file: PGlite in a temporary directory by default, or a
 * uniquely named PostgreSQL database on the server of DATABASE_URL when that is set. Pass
 * `postgresUrl` to get a PostgreSQL database on that server whatever DATABASE_URL says (tests
 * that run several server processes on one database, which PGlite cannot share).
 */
export async function createTestDatabase(
  options: { engine?: 'postgresql'; postgresUrl?: string } = {},
): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bw-test-'));
  const url =
    options.postgresUrl ?? (options.engine === 'postgresql' ? postgresServerUrl() : adminUrl());
  if (!url) {
    return {
      env: { DATA_DIR: dataDir },
      engine: 'pglite',
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `bw_test_${randomBytes(6).toString('hex')}`;
  await withClient(url, (client) => client.query(`CREATE DATABASE ${name}`));
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl.toString() },
    engine: 'postgresql',
    drop: async () => {
      await withClient(url, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An initialised data source on `database` with no entities or migrations: for specs of the
 * database layer itself, which make their own tables. */
export async function bareDataSource(database: TestDatabase): Promise<DataSource> {
  const dataSource = new DataSource(
    dataSourceOptions(loadConfig({ ...database.env, LOG_LEVEL: 'silent' }), {
      entities: [],
      migrations: [],
    }),
  );
  await dataSource.initialize();
  return dataSource;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
