import {
  GraphQLError,
  KnownFragmentNamesRule,
  NoFragmentCyclesRule,
  validate,
  ValidationContext,
  type ASTVisitor,
  type ValidationRule,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';

/**
 * graphql-depth-limit's rule, safe on any document: it follows fragment spreads without a guard,
 * so a fragment cycle overflowed the stack and an unknown fragment threw (both answered 500).
 * Such documents are left to graphql-js' own rules, which report them as bad input. Its message
 * names anonymous operations as '', which reads as a bug; they are "The operation" here.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const limit = depthLimit(maxDepth);
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const spreadsFollow =
      validate(context.getSchema(), document, [NoFragmentCyclesRule, KnownFragmentNamesRule])
        .length === 0;
    if (spreadsFollow) limit(renamingAnonymous(context));
    return {};
  };
}

function renamingAnonymous(context: ValidationContext): ValidationContext {
  return new Proxy(context, {
    get(target, property, receiver) {
      if (property !== 'reportError') return Reflect.get(target, property, receiver) as unknown;
      return (error: GraphQLError) =>
        target.reportError(
          error.message.startsWith("'' ")
            ? new GraphQLError(`The operation ${error.message.slice(3)}`, { nodes: error.nodes })
            : error,
        );
    },
  });
}

/**
 * The schema has no Subscription type (live updates come over socket.io): a subscription
 * operation is refused while the document is validated, as bad input, instead of failing in
 * execution as an internal error.
 */
export const NoSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription' && !context.getSchema().getSubscriptionType()) {
      context.reportError(
        new GraphQLError(
          'This API has no GraphQL subscriptions: watch boards and threads over socket.io at /socket.io.',
          { nodes: node },
        ),
      );
    }
  },
});
