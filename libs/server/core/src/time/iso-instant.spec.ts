import fc from 'fast-check';
import { isoInstant } from './iso-instant';

describe('isoInstant', () => {
  it('writes what toISOString writes, across the four-digit years and their edges', () => {
    const edges = [
      -62_135_596_800_000, // 0001-01-01T00:00:00.000Z
      253_402_300_799_999, // 9999-12-31T23:59:59.999Z
      0,
      -1,
      951_782_399_999, // 2000-02-28T23:59:59.999Z
      951_868_800_000, // 2000-03-01: 2000 is a leap year
      -2_203_891_200_001, // 1900-03-01 minus 1 ms: 1900 is not
      Date.UTC(2026, 11, 5, 9, 5, 7, 42),
    ];
    for (const ms of edges) expect(isoInstant(new Date(ms))).toBe(new Date(ms).toISOString());
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), (ms) => {
        expect(isoInstant(new Date(ms))).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves years beyond four digits and invalid dates to the builtin', () => {
    const farAway = new Date(Date.UTC(12_345, 0, 1));
    expect(isoInstant(farAway)).toBe('+012345-01-01T00:00:00.000Z');
    expect(isoInstant(new Date(-62_135_596_800_001))).toBe('0000-12-31T23:59:59.999Z');
    expect(() => isoInstant(new Date(Number.NaN))).toThrow(RangeError);
  });
});
