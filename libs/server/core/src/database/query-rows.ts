/**
 * `EntityManager.query` answers an UPDATE/DELETE ... RETURNING with `[rows, count]` on
 * node-postgres and with `rows` on PGlite; this gives the rows either way.
 */
export function rowsOf<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}
