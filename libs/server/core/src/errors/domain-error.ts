import { ErrorCode } from '@boardwalk/contracts';

/**
 * The one error type services throw. The GraphQL layer maps it to `extensions.code`; services
 * never know about HTTP or GraphQL.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const unauthenticated = (message = 'You need to sign in to do this.') =>
  new DomainError(ErrorCode.Unauthenticated, message);
export const forbidden = (message = 'You are not allowed to do this.') =>
  new DomainError(ErrorCode.Forbidden, message);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.BadUserInput, message, details);
export const notFound = (what: string) => new DomainError(ErrorCode.NotFound, `${what} not found.`);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.Conflict, message, details);
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(
    ErrorCode.RateLimited,
    `Too many attempts; try again in ${retryAfterSeconds} s.`,
    { retryAfterSeconds },
  );
