import type { ApolloServerPlugin } from '@apollo/server';

const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * GraphQL over HTTP: a client that accepts only `application/json` should get 200 for a request
 * that fails to parse, validate or coerce its variables (the errors are in the body); 4xx is for
 * clients that accept `application/graphql-response+json`. Apollo answers 400 to both.
 */
export function legacyJsonStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      const wantsJsonOnly =
        !accept.includes(GRAPHQL_RESPONSE_TYPE) && accept.includes('application/json');
      return {
        async willSendResponse({ response }) {
          if (wantsJsonOnly && response.http.status === 400) response.http.status = 200;
        },
      };
    },
  };
}
