import { PageLimits } from '@boardwalk/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/domain-error';
import type { ConnectionShape } from './connection.model';

export type SortValue = string | number;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/** Validates `first` against the contract: 1..100, default 20. */
export function pageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return PageLimits.defaultFirst;
  if (!Number.isInteger(first) || first < 1 || first > PageLimits.maxFirst) {
    throw badInput(`first must be between 1 and ${PageLimits.maxFirst}.`, { argument: 'first' });
  }
  return first;
}

/** Cursors are opaque to clients: base64url of the sort value and the row id. */
export function encodeCursor(value: SortValue | Date, id: string): string {
  const sortValue = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [SortValue, string] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      (typeof decoded[0] === 'string' || typeof decoded[0] === 'number') &&
      typeof decoded[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(decoded[1])
    ) {
      return [decoded[0], decoded[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a valid cursor.', { argument: 'after' });
}

export interface KeysetOptions<T> {
  /** SQL expression of the sort key, e.g. `board.created_at`. */
  sortExpression: string;
  /** SQL expression of the unique tie-breaker, e.g. `board.id`. */
  idExpression: string;
  /** The value of the sort key in a loaded row (used for the next cursor). */
  sortValueOf: (row: T) => SortValue | Date;
  idOf: (row: T) => string;
  direction: 'ASC' | 'DESC';
  /** Cast for the cursor parameter, e.g. `timestamptz` or `double precision`. */
  sortType: string;
}

/**
 * Keyset pagination: `WHERE (sort, id) < (cursor)` on an index, never OFFSET, so page 1,000
 * costs what page 1 costs. Reads one extra row to know whether a next page exists.
 */
export async function keysetPage<T extends ObjectLiteral, N = T>(
  query: SelectQueryBuilder<T>,
  page: PageRequest,
  options: KeysetOptions<T>,
  toNode: (row: T) => N = (row) => row as unknown as N,
): Promise<ConnectionShape<N>> {
  const size = pageSize(page.first);
  const comparison = options.direction === 'DESC' ? '<' : '>';
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    query.andWhere(
      `(${options.sortExpression}, ${options.idExpression}) ${comparison} (CAST(:cursorValue AS ${options.sortType}), CAST(:cursorId AS uuid))`,
      { cursorValue: value, cursorId: id },
    );
  }
  const rows = await query
    .orderBy(options.sortExpression, options.direction)
    .addOrderBy(options.idExpression, options.direction)
    .limit(size + 1)
    .getMany();
  return connectionOf(
    rows,
    size,
    (row) => encodeCursor(options.sortValueOf(row), options.idOf(row)),
    toNode,
  );
}

/**
 * The connection of a keyset page read with one extra row (`size + 1` rows at most): the extra
 * row only says that a next page exists.
 */
export function connectionOf<R, N>(
  rows: R[],
  size: number,
  cursorOf: (row: R) => string,
  toNode: (row: R) => N,
): ConnectionShape<N> {
  const count = Math.min(rows.length, size);
  const edges = new Array<{ cursor: string; node: N }>(count);
  for (let index = 0; index < count; index += 1) {
    const row = rows[index];
    edges[index] = { cursor: cursorOf(row), node: toNode(row) };
  }
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: count > 0 ? edges[count - 1].cursor : null,
    },
  };
}

/**
 * The cursor value and id after which a raw keyset page on a timestamp starts, or nulls for the
 * first page; a cursor that does not hold a time is refused like any malformed cursor.
 */
export function timeCursor(after: string | null | undefined): [string | null, string | null] {
  if (!after) return [null, null];
  const [value, id] = decodeCursor(after);
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw badInput('after is not a valid cursor.', { argument: 'after' });
  }
  return [value, id];
}

/** Keyset order on a timestamp column with the row id as tie-breaker, e.g. posts oldest first. */
export function byTime<T extends { id: string }>(
  alias: string,
  column: string,
  valueOf: (row: T) => Date,
  direction: 'ASC' | 'DESC',
): KeysetOptions<T> {
  return {
    sortExpression: `${alias}.${column}`,
    idExpression: `${alias}.id`,
    sortType: 'timestamptz',
    sortValueOf: valueOf,
    idOf: (row) => row.id,
    direction,
  };
}
