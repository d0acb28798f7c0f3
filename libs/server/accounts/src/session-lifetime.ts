/** A session unused this long stops working. */
export const SESSION_IDLE_LIFETIME_MS = 30 * 24 * 3600 * 1000;
/** lastSeenAt is refreshed at most this often, so reads do not each cost a write. */
export const LAST_SEEN_GRANULARITY_MS = 5 * 60 * 1000;

/** True once a session has gone unused for longer than the idle lifetime. */
export function isIdleExpired(lastSeenAt: Date, now: number = Date.now()): boolean {
  return now - lastSeenAt.getTime() > SESSION_IDLE_LIFETIME_MS;
}

/** True when the stored lastSeenAt is old enough to be worth a write. */
export function isLastSeenStale(lastSeenAt: Date, now: number = Date.now()): boolean {
  return now - lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS;
}
