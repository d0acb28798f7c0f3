import fc from 'fast-check';
import { GraphQLError, Kind } from 'graphql';
import { DateTimeScalar, parseDateTime } from './date-time.scalar';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

describe('DateTime scalar', () => {
  it('reads back every instant it writes, and the same instant written with any offset', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-02T00:00:00Z'),
          max: new Date('9999-12-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (at, offset) => {
          const written = DateTimeScalar.serialize(at) as string;
          expect(parseDateTime(written).getTime()).toBe(at.getTime());
          const local = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const withOffset = `${local}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
          expect([withOffset, parseDateTime(withOffset).getTime()]).toEqual([
            withOffset,
            at.getTime(),
          ]);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['2026-12-01T09:30:00Z', '2026-12-01T09:30:00.000Z'],
    ['2026-12-01t09:30:00z', '2026-12-01T09:30:00.000Z'],
    ['2026-12-01T09:30:00.123456789Z', '2026-12-01T09:30:00.123Z'],
    ['2026-12-01T11:00:00+01:30', '2026-12-01T09:30:00.000Z'],
    ['2026-12-01T00:30:00-09:00', '2026-12-01T09:30:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateTime(text).toISOString()).toBe(iso);
    expect(
      (DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: text }) as Date).toISOString(),
    ).toBe(iso);
  });

  it.each<unknown>([
    'yesterday',
    '',
    '2026-12-01',
    '2026-12-01T09:30Z',
    '2026-12-01T09:30:00',
    '2026-12-01 09:30:00Z',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2027-02-29T00:00:00Z',
    '2026-12-01T24:00:00Z',
    '2026-12-01T23:60:00Z',
    '2026-12-31T23:59:60Z',
    '2026-12-01T09:30:00+24:00',
    '2026-12-01T09:30:00+05:60',
    '0000-01-01T00:00:00Z',
    '2026-12-01T09:30:00.Z',
    ' 2026-12-01T09:30:00Z',
    12345,
    0,
    null,
    true,
    {},
    ['2026-12-01T09:30:00Z'],
  ])('refuses %p as bad input', (value) => {
    expect(() => parseDateTime(value)).toThrow(GraphQLError);
    expect(() => DateTimeScalar.parseValue(value)).toThrow(/DateTime must be an ISO-8601/);
  });

  it('refuses literals that are not strings', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '12345' })).toThrow(
      /DateTime must be an ISO-8601/,
    );
  });
});
