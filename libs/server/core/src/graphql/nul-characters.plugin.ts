import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@boardwalk/contracts';
import { GraphQLError, visit } from 'graphql';

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((item) =>
    containsNul(item, depth + 1),
  );
}

/**
 * PostgreSQL text cannot hold the NUL character; refusing it up front answers BAD_USER_INPUT
 * instead of a database error halfway through a write.
 */
export function nulCharactersPlugin(): ApolloServerPlugin {
  // Apollo reuses the parsed document of a repeated query, so its literals are checked once.
  const cleanDocuments = new WeakSet<object>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let found = containsNul(request.variables);
          if (!found && !cleanDocuments.has(document)) {
            visit(document, {
              StringValue(node) {
                if (node.value.includes('\u0000')) found = true;
              },
            });
            if (!found) cleanDocuments.add(document);
          }
          if (found) {
            throw new GraphQLError('Text may not contain the NUL character (\\u0000).', {
              extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
