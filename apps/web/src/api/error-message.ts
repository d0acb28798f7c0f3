import { GraphqlRequestError } from '@boardwalk/client';

/** A sentence a member can act on, from any failure. */
export function errorMessage(error: unknown): string {
  if (error instanceof GraphqlRequestError) {
    switch (error.code) {
      case 'NETWORK':
        return 'Boardwalk cannot be reached right now. Check your connection and try again.';
      case 'UNAUTHENTICATED':
        // The server says which: "Wrong email or password.", "Wrong password." or "You need to
        // sign in to do this." A fixed sentence told a member with a typo to sign in.
        return error.message || 'Please sign in to do that.';
      case 'RATE_LIMITED':
        return `${error.message} Please wait a moment and try again.`;
      case 'INTERNAL_SERVER_ERROR': {
        const errorId = error.extensions['errorId'];
        return typeof errorId === 'string'
          ? `Something went wrong on our side (error id ${errorId}).`
          : 'Something went wrong on our side.';
      }
      default:
        return error.message;
    }
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
