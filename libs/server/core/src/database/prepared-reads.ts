import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { nodePostgresPool } from './prepared-statements';
import { rowsOf } from './query-rows';

/**
 * Plain rows for the hottest reads (the board page's board, threads and authors), without
 * TypeORM's query builder and entity hydration: a CPU profile of the board page spent more time
 * there than in anything else of ours. On PostgreSQL each statement is a named prepared
 * statement, so it is parsed and planned once per pooled connection; on PGlite it runs through
 * the data source unchanged. Statements always read the primary.
 */
@Injectable()
export class PreparedReads {
  private pool: Pool | null | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Rows of `text`; `name` identifies the statement and must always go with the same text. */
  async rows<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const pool = this.primaryPool();
    if (pool) {
      // Through TypeORM's logger like every other statement (its logging option, and the tests
      // that count a request's statements).
      this.dataSource.logger.logQuery(text, values);
      return (await pool.query({ name, text, values })).rows as T[];
    }
    return rowsOf<T>(await this.dataSource.query(text, values));
  }

  private primaryPool(): Pool | null {
    if (this.pool === undefined) {
      this.pool = nodePostgresPool(this.dataSource);
    }
    return this.pool;
  }
}
