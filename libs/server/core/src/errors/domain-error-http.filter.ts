import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@boardwalk/contracts';
import type { FastifyReply } from 'fastify';
import { DomainError } from './domain-error';

const STATUS: Record<DomainError['code'], number> = {
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
};

/** Plain HTTP routes answer domain errors with a status and `{ error: { code, message } }`. */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    // GraphQL maps errors itself (graphql-error-formatter.ts).
    if (host.getType<string>() !== 'http') return error;
    host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(STATUS[error.code])
      .type('application/json; charset=utf-8')
      .send({ error: { code: error.code, message: error.message, ...error.details } });
    return undefined;
  }
}
