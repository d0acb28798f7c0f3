import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, isErrorCode } from '@boardwalk/contracts';
import { HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';

/** Apollo's own codes for requests that never ran: all the client's fault. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BadUserInput,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: ErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: ErrorCode.NotFound,
  [HttpStatus.CONFLICT]: ErrorCode.Conflict,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RateLimited,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.BadUserInput,
};

export interface ErrorLogger {
  error(fields: Record<string, unknown>, message: string): void;
}

/**
 * Maps every error to one code of the contract. Anything unexpected is logged with an error id
 * and answered as INTERNAL_SERVER_ERROR with that id only: no stack, no SQL.
 */
export function createGraphqlErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };
    const original = unwrapResolverError(error);

    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: { ...original.details, code: original.code },
      };
    }
    if (original instanceof HttpException) {
      const code = HTTP_STATUS_CODES[original.getStatus()];
      if (code) return { ...base, message: original.message, extensions: { code } };
    }
    const code = formatted.extensions?.['code'];
    // graphql-js's own argument coercion errors (e.g. null for a non-null argument) carry no
    // original error: the request was wrong, not the server.
    const requestError =
      error instanceof GraphQLError && !error.originalError && code === undefined;
    if (requestError || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code))) {
      return { ...base, extensions: { code: ErrorCode.BadUserInput } };
    }
    if (isErrorCode(code) && code !== ErrorCode.Internal) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...base, extensions: { ...extensions, code } };
    }
    const errorId = randomUUID();
    logger.error({ err: original, errorId, path: formatted.path }, 'Unexpected GraphQL error');
    return {
      message: `Internal server error (error id ${errorId}).`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.Internal, errorId },
    };
  };
}
