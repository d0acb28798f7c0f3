import { BadRequestException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { badInput, conflict } from './domain-error';
import { createGraphqlErrorFormatter } from './graphql-error-formatter';

describe('GraphQL error formatter', () => {
  const logged: Array<Record<string, unknown>> = [];
  const format = createGraphqlErrorFormatter({ error: (fields) => logged.push(fields) });
  const wrap = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['field'] });

  it('gives domain errors their code and details', () => {
    const result = format({ message: 'x' }, wrap(conflict('Taken.', { field: 'handle' })));
    expect(result).toMatchObject({
      message: 'Taken.',
      extensions: { code: 'CONFLICT', field: 'handle' },
    });
  });

  it('maps validation and parse failures to BAD_USER_INPUT', () => {
    expect(
      format(
        { message: 'bad', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        new GraphQLError('bad'),
      ).extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
    });
    expect(format({ message: 'bad' }, wrap(new BadRequestException('nope'))).extensions).toEqual({
      code: 'BAD_USER_INPUT',
    });
    expect(format({ message: 'x' }, wrap(badInput('Too long.'))).extensions?.['code']).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('hides unexpected errors behind an error id that is logged', () => {
    const secret = new Error('relation "users" violates SELECT * FROM secrets');
    const result = format(
      { message: secret.message, extensions: { stacktrace: ['at x'] } },
      wrap(secret),
    );
    expect(result.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(result.message).not.toContain('secrets');
    expect(JSON.stringify(result)).not.toContain('stacktrace');
    const errorId = result.extensions?.['errorId'];
    expect(result.message).toContain(String(errorId));
    expect(logged.at(-1)).toMatchObject({ errorId, err: secret });
  });
});
