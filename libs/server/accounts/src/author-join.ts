import { USER_COLUMNS, UserRow } from './user.mapper';

/** The users table's alias inside another lib's statement, and its columns' prefix. */
const AUTHOR_ALIAS = 'author_account';
const AUTHOR_PREFIX = 'author__';
const USER_COLUMN_NAMES = USER_COLUMNS.split(',').map((column) => column.trim()) as Array<
  keyof UserRow
>;

/**
 * Lets another lib's list statement read each row's author in the same statement: one round
 * trip less for a page of threads. The users table, its columns and their meaning stay this
 * lib's; the caller places the fragments and hands back the rows (see AccountsService.authorJoin).
 */
export interface AuthorJoin {
  /** Select-list entries, every user column aliased `author__<column>`. */
  readonly columns: string;
  /** `LEFT JOIN users …` on the caller's author id column. */
  readonly join: string;
  /** Its columns of type timestamptz, for a statement that returns the rows as JSON (text). */
  readonly timestampColumns: readonly string[];
  /** Gives this request the authors found in `rows`, as the statement returned them. */
  prime(rows: readonly object[]): void;
}

/** Every user column aliased `author__<column>`; built once, not per page. */
export const AUTHOR_COLUMNS = USER_COLUMN_NAMES.map(
  (column) => `${AUTHOR_ALIAS}.${column} AS ${AUTHOR_PREFIX}${column}`,
).join(', ');

/** The aliased columns of `AUTHOR_COLUMNS` that hold instants. */
export const AUTHOR_TIMESTAMP_COLUMNS = (['email_verified_at', 'created_at'] as const).map(
  (column: keyof UserRow) => `${AUTHOR_PREFIX}${column}`,
);

export function authorJoinClause(authorIdColumn: string): string {
  return `LEFT JOIN users ${AUTHOR_ALIAS} ON ${AUTHOR_ALIAS}.id = ${authorIdColumn}`;
}

/** A row of the caller's statement, as far as the author's columns go. */
type AuthorColumns = { [Column in keyof UserRow as `author__${Column}`]: UserRow[Column] | null };

/** The author's user row of one joined row, or null where the join found no user. */
export function authorRowOf(row: object): UserRow | null {
  const joined = row as AuthorColumns;
  if (joined.author__id === null || joined.author__id === undefined) return null;
  // Spelt out rather than looped: the same object shape for every row, and checked against UserRow.
  return {
    id: joined.author__id,
    handle: joined.author__handle as string,
    display_name: joined.author__display_name as string,
    bio: joined.author__bio as string,
    email: joined.author__email as string,
    email_verified_at: joined.author__email_verified_at,
    is_staff: joined.author__is_staff as boolean,
    staff_title: joined.author__staff_title,
    created_at: joined.author__created_at as Date,
  };
}
