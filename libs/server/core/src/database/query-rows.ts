import { parseJsonTimestamptz } from './timestamptz-parser';

/**
 * `EntityManager.query` answers an UPDATE/DELETE ... RETURNING with `[rows, count]` on
 * node-postgres and with `rows` on PGlite; this gives the rows either way.
 */
export function rowsOf<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}

/**
 * The rows of a `json_agg` value: parsed JSON from node-postgres, its text from a driver that
 * leaves json as text. JSON holds instants as ISO text; `timestampColumns` become Dates, as a
 * driver gives them in plain rows.
 */
export function rowsFromJson<T>(value: unknown, timestampColumns: readonly string[]): T[] {
  const rows: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!Array.isArray(rows)) return [];
  for (const row of rows as Array<Record<string, unknown>>) {
    for (const column of timestampColumns) {
      const text = row[column];
      if (typeof text === 'string') row[column] = parseJsonTimestamptz(text);
    }
  }
  return rows as T[];
}
