const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `id` can be a row id; anything else is answered as "not found", not a SQL error. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
