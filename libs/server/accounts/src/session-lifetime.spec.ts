import {
  LAST_SEEN_GRANULARITY_MS,
  SESSION_IDLE_LIFETIME_MS,
  isIdleExpired,
  isLastSeenStale,
} from './session-lifetime';

describe('session lifetime', () => {
  const now = Date.parse('2030-06-01T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms);

  it('ends a session unused for more than 30 days, not one used within them', () => {
    expect(SESSION_IDLE_LIFETIME_MS).toBe(30 * 24 * 3600 * 1000);
    expect(isIdleExpired(ago(0), now)).toBe(false);
    expect(isIdleExpired(ago(SESSION_IDLE_LIFETIME_MS), now)).toBe(false);
    expect(isIdleExpired(ago(SESSION_IDLE_LIFETIME_MS + 1), now)).toBe(true);
  });

  it('refreshes lastSeenAt at most every 5 minutes', () => {
    expect(LAST_SEEN_GRANULARITY_MS).toBe(5 * 60 * 1000);
    expect(isLastSeenStale(ago(60_000), now)).toBe(false);
    expect(isLastSeenStale(ago(LAST_SEEN_GRANULARITY_MS), now)).toBe(false);
    expect(isLastSeenStale(ago(LAST_SEEN_GRANULARITY_MS + 1), now)).toBe(true);
  });

  it('treats a lastSeenAt in the future (clock skew between instances) as fresh', () => {
    expect(isIdleExpired(new Date(now + 60_000), now)).toBe(false);
    expect(isLastSeenStale(new Date(now + 60_000), now)).toBe(false);
  });
});
