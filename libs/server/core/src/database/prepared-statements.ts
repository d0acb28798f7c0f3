import type { Pool, PoolClient } from 'pg';
import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { rowsOf } from './query-rows';

/** node-postgres' pool of the primary, or null on PGlite (a custom driver with its own session). */
export function nodePostgresPool(dataSource: DataSource): Pool | null {
  const embedded = 'driver' in dataSource.options && dataSource.options.driver;
  const master = (dataSource.driver as { master?: Pool }).master;
  return !embedded && master && typeof master.query === 'function' ? master : null;
}

/**
 * Rows of `text` run as the named prepared statement `name` on PostgreSQL: parsed and planned
 * once per pooled connection instead of on every call, which for the reply path's statements
 * cost the database more than running them. A name stands for one text across the whole process,
 * PreparedReads' names included. Inside a transaction it runs on the transaction's connection; on
 * PGlite it runs through TypeORM unchanged. Errors are node-postgres' own (`isUniqueViolation`
 * reads both shapes).
 */
export async function queryPrepared<T>(
  db: DataSource | EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const manager = 'manager' in db ? db.manager : db;
  const pool = nodePostgresPool(manager.connection);
  if (!pool) return rowsOf<T>(await manager.query(text, values));
  // Through TypeORM's logger like every other statement (its logging option, and the tests that
  // count a request's statements).
  manager.connection.logger.logQuery(text, values, manager.queryRunner);
  const runner = manager.queryRunner;
  if (!runner) return (await pool.query({ name, text, values })).rows as T[];
  // A transaction's runner is released when its connection drops; the statement must then fail
  // as TypeORM's own would, never run on another connection outside the transaction.
  if (runner.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const client = (await runner.connect()) as PoolClient;
  return (await client.query({ name, text, values })).rows as T[];
}
