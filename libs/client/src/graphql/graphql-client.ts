import { ErrorCode, isErrorCode } from '@boardwalk/contracts';
import type { TypedDocumentString } from './generated/graphql';

/** One error of a GraphQL response, as the server formats it. */
export interface GraphqlErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** Why a request failed: a contract code from `extensions.code`, or NETWORK when no answer came. */
export type GraphqlFailureCode = ErrorCode | 'NETWORK';

/** A failed request, carrying the server's code so screens can react to it (e.g. sign in again). */
export class GraphqlRequestError extends Error {
  constructor(
    readonly code: GraphqlFailureCode,
    message: string,
    readonly errors: readonly GraphqlErrorEntry[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphqlRequestError';
  }

  /** Extra details of the first error, such as `errorId` for INTERNAL_SERVER_ERROR. */
  get extensions(): Record<string, unknown> {
    return this.errors[0]?.extensions ?? {};
  }
}

export interface GraphqlClientOptions {
  /** The GraphQL endpoint; same-origin `/graphql` by default. */
  url?: string;
  /** A bearer token, for clients outside a browser; browsers use the session cookie. */
  token?: string;
  fetch?: typeof fetch;
}

export type GraphqlRequest = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...variables: TVariables extends Record<string, never> ? [] : [TVariables]
) => Promise<TResult>;

export interface GraphqlClient {
  request: GraphqlRequest;
}

/**
 * A small fetch-based client. The custom `x-csrf-protection` header is what lets the server accept
 * the HttpOnly session cookie: a cross-site page cannot send it without a CORS preflight.
 */
export function createGraphqlClient(options: GraphqlClientOptions = {}): GraphqlClient {
  const url = options.url ?? '/graphql';
  const send = options.fetch ?? ((input, init) => fetch(input, init));

  const request: GraphqlRequest = async (document, ...[variables]) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      'x-csrf-protection': '1',
    };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;

    let response: Response;
    try {
      response = await send(url, {
        method: 'POST',
        credentials: 'include',
        headers,
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new GraphqlRequestError('NETWORK', `Could not reach the server (${reason}).`);
    }
    return readResult(response);
  };

  return { request };
}

async function readResult<TResult>(response: Response): Promise<TResult> {
  let body: { data?: TResult | null; errors?: GraphqlErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphqlRequestError(
      response.ok ? ErrorCode.Internal : statusCode(response.status),
      `The server answered ${response.status} without a GraphQL result.`,
      [],
      response.status,
    );
  }
  const errors = body.errors ?? [];
  if (errors.length > 0) {
    const first = errors[0];
    const code = first.extensions?.['code'];
    throw new GraphqlRequestError(
      isErrorCode(code) ? code : ErrorCode.Internal,
      first.message,
      errors,
      response.status,
    );
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphqlRequestError(
      ErrorCode.Internal,
      'The server sent no data.',
      [],
      response.status,
    );
  }
  return body.data;
}

/** The contract code closest to an HTTP status, for answers that carry no GraphQL errors. */
function statusCode(status: number): ErrorCode {
  if (status === 401) return ErrorCode.Unauthenticated;
  if (status === 403) return ErrorCode.Forbidden;
  if (status === 404) return ErrorCode.NotFound;
  if (status === 429) return ErrorCode.RateLimited;
  if (status >= 400 && status < 500) return ErrorCode.BadUserInput;
  return ErrorCode.Internal;
}
