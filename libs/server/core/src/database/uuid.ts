const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True when `id` can be a row id. Check before a query: anything else is answered as "not
 * found", never sent to the database as a uuid cast that fails with a SQL error.
 */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
