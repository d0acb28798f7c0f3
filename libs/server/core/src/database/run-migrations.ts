import type { DataSource } from 'typeorm';

/** An arbitrary constant: the advisory lock key every Boardwalk instance uses for migrations. */
const MIGRATION_LOCK_KEY = 74_315_201;

/**
 * Runs pending migrations. On PostgreSQL, instances starting together against one database take
 * turns through an advisory lock held on its own connection; without it two instances create the
 * same tables at once and one fails. PGlite belongs to one process and needs no lock (and a second
 * connection held there would wait for ever on the serialised session).
 */
export async function runMigrationsLocked(
  dataSource: DataSource,
  embedded: boolean,
): Promise<void> {
  if (embedded) {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockRunner.release();
  }
}
