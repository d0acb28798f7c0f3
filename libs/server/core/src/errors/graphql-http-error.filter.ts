import { ArgumentsHost, Catch, HttpException, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { ErrorCode } from '@boardwalk/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

const GRAPHQL_PATH = /^\/graphql(?:\?|$)/;

/**
 * Requests to /graphql that never reach GraphQL (a body that is not JSON, an empty or oversized
 * one) answer in GraphQL's own shape, `{ errors: [{ message, extensions: { code } }] }`, with
 * their 4xx status, so a GraphQL client reads them like any other refusal. Other routes keep
 * Nest's answers.
 */
@Catch(HttpException)
export class GraphqlHttpErrorFilter extends BaseExceptionFilter {
  override catch(exception: HttpException, host: ArgumentsHost): unknown {
    // Inside GraphQL, errors go to its formatter (graphql-error-formatter.ts), not to a response.
    if (host.getType<string>() !== 'http') return exception;
    const status = exception.getStatus();
    if (
      status < HttpStatus.BAD_REQUEST ||
      status >= HttpStatus.INTERNAL_SERVER_ERROR ||
      !GRAPHQL_PATH.test(host.switchToHttp().getRequest<FastifyRequest>().url)
    ) {
      return super.catch(exception, host);
    }
    return host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(status)
      .type('application/json; charset=utf-8')
      .send({
        errors: [{ message: exception.message, extensions: { code: ErrorCode.BadUserInput } }],
      });
  }
}
