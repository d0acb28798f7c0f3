import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, PageLimits } from '@boardwalk/contracts';
import { DocumentNode, GraphQLError, ValueNode, visit } from 'graphql';
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

/**
 * The variables an operation's cost can depend on: those given to a `first` argument (page
 * sizes) and to directives (`@include(if: $x)` drops a whole subtree). Other variables, such as
 * a post's body, never change the cost.
 */
function costVariableNames(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (value: ValueNode) =>
    visit(value, {
      Variable(node) {
        names.add(node.name.value);
      },
    });
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first') collect(node.value);
    },
    Directive(node) {
      for (const argument of node.arguments ?? []) collect(argument.value);
    },
  });
  return [...names].sort();
}

const costVariableNamesOf = new WeakMap<DocumentNode, string[]>();

/**
 * What an operation's cost is cached under for one parsed document: the operation's name and
 * the values of the variables the cost depends on. A missing variable differs from a null one:
 * the document's default applies only to the missing.
 */
export function costCacheKey(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): string {
  let names = costVariableNamesOf.get(document);
  if (!names) costVariableNamesOf.set(document, (names = costVariableNames(document)));
  const given = (name: string) =>
    variables && Object.hasOwn(variables, name) ? [variables[name]] : [];
  return JSON.stringify([operationName ?? null, ...names.map(given)]);
}

/** Refuses a costly operation before it executes, with the variables taken into account. */
export function queryComplexityPlugin(
  maxComplexity: number = QueryLimits.maxComplexity,
): ApolloServerPlugin {
  // Apollo reuses the parsed document of a repeated query, so its cost is computed once per
  // document and values of the variables it depends on, rather than on every request (a reply's
  // body varies on every request but never changes its cost).
  const costs = new WeakMap<object, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variablesKey = costCacheKey(document, request.variables, request.operationName);
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
