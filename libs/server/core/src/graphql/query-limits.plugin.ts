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
  // Apollo reuses the parsed document of a repeated query, so its cost is computed once per
  // document and set of variables rather than on every request.
  const costs = new WeakMap<object, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variablesKey =
            JSON.stringify(request.variables ?? {}) + (request.operationName ?? '');
          let byVariables = costs.get(document);
          let complexity = byVariables?.get(variablesKey);
          if (complexity === undefined) {
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
            if (!byVariables) costs.set(document, (byVariables = new Map()));
            if (byVariables.size < 100) byVariables.set(variablesKey, complexity);
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
