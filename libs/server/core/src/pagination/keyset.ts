import { PageLimits } from '@boardwalk/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/domain-error';
import { isUuid } from '../database/uuid';
import { isoInstant } from '../time/iso-instant';
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

/** The SQL types a keyset sort key may have; each decides which cursor values are valid. */
export type SortType = 'timestamptz' | 'double precision' | 'integer' | 'bigint' | 'text';

/**
 * What a list expects of its cursors: the kind of list that issued them (its order) and the type
 * of the sort value. A cursor from another list, or with a value of another type, is refused with
 * BAD_USER_INPUT before it reaches a SQL cast (where it would be an internal error).
 */
export interface CursorKey {
  /** Names the list's order, e.g. `boards:trending`. */
  kind: string;
  sortType: SortType;
}

const INT4_MAX = 2_147_483_647;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function fitsSortType(value: SortValue, sortType: SortType): boolean {
  switch (sortType) {
    case 'timestamptz': {
      if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return false;
      const time = Date.parse(value);
      // Round-trips exactly (no 31 February) and is a year PostgreSQL accepts.
      return Number.isFinite(time) && new Date(time).toISOString() === value && value >= '0001';
    }
    case 'double precision':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value) && Math.abs(value as number) <= INT4_MAX;
    case 'bigint':
      return Number.isSafeInteger(value);
    case 'text':
      return typeof value === 'string';
  }
}

/** Cursors are opaque to clients: base64url of the list's kind, the sort value and the row id. */
export function encodeCursor(value: SortValue | Date, id: string, kind: string): string {
  const sortValue = value instanceof Date ? isoInstant(value) : value;
  return Buffer.from(JSON.stringify([kind, sortValue, id])).toString('base64url');
}

/** The sort value and row id of a cursor this list issued; BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string, key: CursorKey): [SortValue, string] {
  let decoded: unknown = null;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // refused below
  }
  if (
    Array.isArray(decoded) &&
    decoded.length === 3 &&
    decoded[0] === key.kind &&
    (typeof decoded[1] === 'string' || typeof decoded[1] === 'number') &&
    fitsSortType(decoded[1], key.sortType) &&
    typeof decoded[2] === 'string' &&
    isUuid(decoded[2])
  ) {
    return [decoded[1], decoded[2]];
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
  sortType: SortType;
  /**
   * Names the list's order in its cursors, so a cursor of one list is refused by another whose
   * key has another meaning. Defaults to the sort expression and direction.
   */
  kind?: string;
}

/** The cursor key of a keyset list. */
export function cursorKeyOf<T>(options: KeysetOptions<T>): CursorKey {
  return {
    kind: options.kind ?? `${options.sortExpression} ${options.direction}`,
    sortType: options.sortType,
  };
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
  const key = cursorKeyOf(options);
  if (page.after) {
    const [value, id] = decodeCursor(page.after, key);
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
    (row) => encodeCursor(options.sortValueOf(row), options.idOf(row), key.kind),
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
 * first page; a cursor of another list, or one that does not hold a time, is BAD_USER_INPUT.
 */
export function timeCursor(
  after: string | null | undefined,
  key: CursorKey,
): [string | null, string | null] {
  if (!after) return [null, null];
  const [value, id] = decodeCursor(after, key);
  return [String(value), id];
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
