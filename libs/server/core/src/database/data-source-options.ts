import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { createSerialisedPgliteDriver } from './pglite-driver';
import { ResilientPgClient } from './resilient-pg-client';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { pgTypeParsers } from './timestamptz-parser';

export interface DatabaseParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * PostgreSQL when DATABASE_URL is set, otherwise PGlite stored under DATA_DIR/db. Same dialect,
 * one migration set, run on start; `synchronize` is never on.
 */
export function dataSourceOptions(config: AppConfig, parts: DatabaseParts): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: parts.entities,
    migrations: parts.migrations,
    // Run by runMigrationsLocked() once the data source is up, so instances take turns.
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite; no extension to install.
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
  };
  if (config.databaseUrl) {
    const extra = {
      max: 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      Client: ResilientPgClient,
      types: pgTypeParsers,
    };
    if (config.databaseReplicaUrls.length > 0) {
      return {
        ...common,
        extra,
        // Everything reads the primary unless it asks for a replica (ReadReplicas.run), so a
        // member always sees their own writes.
        replication: {
          master: { url: config.databaseUrl },
          slaves: config.databaseReplicaUrls.map((url) => ({ url })),
          defaultMode: 'master',
        },
      };
    }
    return { ...common, url: config.databaseUrl, extra };
  }
  const dataDir = join(config.dataDir, 'db');
  mkdirSync(dataDir, { recursive: true });
  return {
    ...common,
    driver: createSerialisedPgliteDriver(dataDir),
  } as DataSourceOptions;
}
