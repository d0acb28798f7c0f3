import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, PageLimits } from '@boardwalk/contracts';
import { GraphQLError } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const QueryLimits = {
  maxDepth: 10,
  maxComplexity: 5_000,
} as const;

/** A list field costs its page size times its children, so nested pages multiply. */
export const connectionEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const takesPage = field.args.some((arg) => arg.name === 'first');
  if (!takesPage) return undefined;
  const first = typeof args['first'] === 'number' ? args['first'] : PageLimits.defaultFirst;
  return 1 + Math.max(first, 1) * Math.max(childComplexity, 1);
};

/** Refuses a costly operation before it executes, with the variables taken into account. */
export function queryComplexityPlugin(
  maxComplexity: number = QueryLimits.maxComplexity,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT.
            return;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `Query is too costly: ${complexity} points, the limit is ${maxComplexity}. Ask for smaller pages.`,
              {
                extensions: {
                  code: ErrorCode.BadUserInput,
                  complexity,
                  maxComplexity,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
