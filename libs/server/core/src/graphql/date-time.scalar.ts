import { GraphQLISODateTime } from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';
import { isoInstant } from '../time/iso-instant';

/** Nest's `DateTime` (same name, description and input parsing), written by `isoInstant`. */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLISODateTime.toConfig(),
  serialize: (value: unknown) => (value instanceof Date ? isoInstant(value) : null),
});
