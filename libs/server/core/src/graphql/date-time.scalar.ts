import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isoInstant } from '../time/iso-instant';

/** RFC 3339's date-time (ISO 8601 with a `T`, seconds and an offset); fractions to nanoseconds. */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

const INVALID =
  'DateTime must be an ISO-8601 date and time with its offset, such as 2026-12-01T09:30:00Z.';

/**
 * The instant a DateTime input names, or a GraphQLError (graphql-js answers it as bad input).
 * Stricter than `new Date(text)`, which takes "yesterday" as an Invalid Date, numbers as epoch
 * milliseconds and 2026-02-30 as 2 March.
 */
export function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match) throw new GraphQLError(INVALID);
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number);
  const fraction = match[7] ? Math.trunc(Number(match[7]) * 1000) : 0;
  const sign = match[8] === '-' ? -1 : 1;
  const offsetHours = match[9] ? Number(match[9]) : 0;
  const offsetMinutes = match[10] ? Number(match[10]) : 0;
  const local = Date.UTC(year, month - 1, day, hours, minutes, seconds, fraction);
  const asWritten = new Date(local);
  if (
    year < 1 ||
    hours > 23 ||
    minutes > 59 ||
    seconds > 59 ||
    offsetHours > 23 ||
    offsetMinutes > 59 ||
    asWritten.getUTCFullYear() !== year ||
    asWritten.getUTCMonth() !== month - 1 ||
    asWritten.getUTCDate() !== day
  ) {
    throw new GraphQLError(INVALID);
  }
  return new Date(local - sign * (offsetHours * 60 + offsetMinutes) * 60_000);
}

/** Nest's `DateTime` (same name and description), read strictly and written by `isoInstant`. */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLISODateTime.toConfig(),
  serialize: (value: unknown) => (value instanceof Date ? isoInstant(value) : null),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(INVALID);
    return parseDateTime(ast.value);
  },
});
