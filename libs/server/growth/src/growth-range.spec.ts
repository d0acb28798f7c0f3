import { DomainError } from '@boardwalk/server-core';
import { GrowthInterval, bucketOf, growthBuckets, growthRange } from './growth-range';

const at = (text: string) => new Date(text);

describe('growth ranges', () => {
  it('widen to whole UTC days, from inclusive and to exclusive', () => {
    expect(growthRange(at('2026-03-01T10:00:00Z'), at('2026-03-03T00:00:00Z'))).toEqual({
      from: '2026-03-01',
      to: '2026-03-03',
      interval: GrowthInterval.DAY,
    });
    expect(growthRange(at('2026-03-01T00:00:00Z'), at('2026-03-03T00:00:01Z')).to).toBe(
      '2026-03-04',
    );
  });

  it('refuse empty, reversed and longer-than-two-year ranges with BAD_USER_INPUT', () => {
    const code = (from: string, to: string) => {
      try {
        growthRange(at(from), at(to));
        return 'accepted';
      } catch (error) {
        return (error as DomainError).code;
      }
    };
    expect(code('2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')).toBe('BAD_USER_INPUT');
    expect(code('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z')).toBe('BAD_USER_INPUT');
    expect(code('2024-01-01T00:00:00Z', '2026-01-02T00:00:00Z')).toBe('BAD_USER_INPUT');
    expect(code('2024-01-01T00:00:00Z', '2025-12-31T00:00:00Z')).toBe('accepted');
  });

  it('bucket by day, ISO week (Monday) and month, cutting the first and last bucket', () => {
    expect(bucketOf('2026-03-04', GrowthInterval.WEEK)).toBe('2026-03-02');
    expect(bucketOf('2026-03-02', GrowthInterval.WEEK)).toBe('2026-03-02');
    expect(bucketOf('2026-03-01', GrowthInterval.WEEK)).toBe('2026-02-23');
    expect(bucketOf('2026-03-31', GrowthInterval.MONTH)).toBe('2026-03-01');
    const weeks = growthBuckets(
      growthRange(at('2026-03-04T00:00:00Z'), at('2026-03-17T00:00:00Z'), GrowthInterval.WEEK),
    );
    expect(weeks).toEqual([
      { start: '2026-03-04', end: '2026-03-09' },
      { start: '2026-03-09', end: '2026-03-16' },
      { start: '2026-03-16', end: '2026-03-17' },
    ]);
    const months = growthBuckets(
      growthRange(at('2026-01-15T00:00:00Z'), at('2026-03-02T00:00:00Z'), GrowthInterval.MONTH),
    );
    expect(months.map((bucket) => bucket.start)).toEqual([
      '2026-01-15',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(
      growthBuckets(growthRange(at('2026-03-01T00:00:00Z'), at('2026-03-03T00:00:00Z'))),
    ).toHaveLength(2);
  });
});
