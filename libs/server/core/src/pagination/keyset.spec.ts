import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, pageSize } from './keyset';

describe('keyset cursors', () => {
  const id = '0b4f3c1e-8a6e-4c49-9d6e-2f1e7b5c9a10';

  it('round-trips dates, numbers and strings', () => {
    const date = new Date('2026-11-23T10:00:00.123Z');
    expect(decodeCursor(encodeCursor(date, id))).toEqual([date.toISOString(), id]);
    expect(decodeCursor(encodeCursor(42.5, id))).toEqual([42.5, id]);
    expect(decodeCursor(encodeCursor('abc', id))).toEqual(['abc', id]);
  });

  it.each([
    '',
    'not-base64!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1,"x"]').toString('base64url'),
  ])('refuses the malformed cursor %j with BAD_USER_INPUT', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(DomainError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    }
  });

  it('bounds the page size to 1..100 with a default of 20', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, -1, 101, 2.5])
      expect(() => pageSize(bad)).toThrow(/first must be between 1 and 100/);
  });
});
