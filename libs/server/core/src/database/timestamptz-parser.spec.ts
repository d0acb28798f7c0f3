import fc from 'fast-check';
import { types } from 'pg';
import { parseJsonTimestamptz, parseTimestamptz, pgTypeParsers } from './timestamptz-parser';

const generalParser: (text: string) => Date | number = types.getTypeParser(1184, 'text');
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A timestamptz as PostgreSQL writes it: fraction digits trimmed, offset minutes only if any. */
function postgresText(at: Date, fraction: string, offsetMinutes: number): string {
  return postgresForm(at, fraction, offsetMinutes, false);
}

/** A timestamptz as PostgreSQL's JSON writes it: `T` between date and time, offset minutes always. */
function postgresJson(at: Date, fraction: string, offsetMinutes: number): string {
  return postgresForm(at, fraction, offsetMinutes, true);
}

function postgresForm(at: Date, fraction: string, offsetMinutes: number, json: boolean): string {
  const local = new Date(at.getTime() + offsetMinutes * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(offsetMinutes) / 60));
  const minutes = Math.abs(offsetMinutes) % 60;
  const trimmed = fraction.replace(/0+$/, '');
  const offset = `${sign}${hours}${json || minutes ? `:${pad(minutes)}` : ''}`;
  return `${date}${json ? 'T' : ' '}${time}${trimmed ? `.${trimmed}` : ''}${offset}`;
}

/** Over 5,000 generated instants, fractions and offsets: `parse` reads `write`'s text as `reference` does. */
function expectSameInstants(
  write: (at: Date, fraction: string, offsetMinutes: number) => string,
  parse: (text: string) => Date,
  reference: (text: string) => Date,
): void {
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('1000-01-02T00:00:00Z'),
        max: new Date('9999-12-30T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.stringMatching(/^\d{6}$/),
      fc.integer({ min: -15 * 60, max: 15 * 60 }),
      (at, fraction, offsetMinutes) => {
        const text = write(at, fraction, offsetMinutes);
        expect([text, parse(text).getTime()]).toEqual([text, reference(text).getTime()]);
      },
    ),
    { numRuns: 5_000 },
  );
}

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL writes exactly as node-postgres’ own parser does', () => {
    expectSameInstants(postgresText, parseTimestamptz, (text) => generalParser(text) as Date);
  });

  it.each([
    ['2026-12-05 06:14:30+00', '2026-12-05T06:14:30.000Z'],
    ['2026-12-05 06:14:30.5+00', '2026-12-05T06:14:30.500Z'],
    ['2026-12-05 06:14:30.123456+00', '2026-12-05T06:14:30.123Z'],
    ['2026-12-05 11:44:30.999999+05:30', '2026-12-05T06:14:30.999Z'],
    ['2026-12-04 20:14:30-10', '2026-12-05T06:14:30.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseTimestamptz(text).toISOString()).toBe(iso);
  });

  it.each([
    '0044-03-15 12:00:00+00 BC',
    '0099-01-01 00:00:00+00',
    '12026-01-01 00:00:00+00',
    '1883-11-18 12:03:58+00:03:58',
    'infinity',
    '-infinity',
  ])('reads %s as the general parser does', (text) => {
    expect(parseTimestamptz(text)).toEqual(generalParser(text));
  });

  it('is what the pg client uses for timestamptz text, and only for that', () => {
    expect(pgTypeParsers.getTypeParser(1184, 'text')).toBe(parseTimestamptz);
    expect(pgTypeParsers.getTypeParser(1184)).toBe(parseTimestamptz);
    expect(pgTypeParsers.getTypeParser(1114, 'text')).toBe(types.getTypeParser(1114, 'text'));
    expect(pgTypeParsers.getTypeParser(23, 'text')('42')).toBe(42);
  });
});

describe('parseJsonTimestamptz', () => {
  it('reads what PostgreSQL writes in JSON exactly as the Date constructor does', () => {
    expectSameInstants(postgresJson, parseJsonTimestamptz, (text) => new Date(text));
  });

  it.each([
    ['2026-12-05T06:14:30+00:00', '2026-12-05T06:14:30.000Z'],
    ['2026-12-05T06:14:30.5+00:00', '2026-12-05T06:14:30.500Z'],
    ['2026-12-06T17:33:36.770178+00:00', '2026-12-06T17:33:36.770Z'],
    ['2026-12-05T11:44:30.5+05:30', '2026-12-05T06:14:30.500Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseJsonTimestamptz(text).toISOString()).toBe(iso);
  });

  it.each(['0044-03-15T12:00:00+00:00 BC', 'infinity', '2026-12-05 06:14:30+00'])(
    'leaves %s to the Date constructor',
    (text) => {
      expect(parseJsonTimestamptz(text).getTime()).toEqual(new Date(text).getTime());
    },
  );
});
