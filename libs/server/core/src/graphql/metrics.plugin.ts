import type { ApolloServerPlugin } from '@apollo/server';
import type { MetricsService } from '../http/metrics.service';

export function graphqlMetricsPlugin(metrics: MetricsService): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = metrics.graphqlDuration.startTimer();
      let operation = 'unknown';
      return {
        async didResolveOperation({ operation: resolved }) {
          operation = resolved?.operation ?? 'unknown';
        },
        // Counted from the answer as sent, after formatting: the codes clients see (a domain
        // error's FORBIDDEN, not the UNKNOWN of the raw error; BAD_USER_INPUT, not Apollo's
        // GRAPHQL_VALIDATION_FAILED), so a dashboard tells refusals from internal errors.
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
          for (const error of errors ?? []) {
            metrics.graphqlErrors.inc({ code: String(error.extensions?.['code'] ?? 'UNKNOWN') });
          }
          stop({ operation, outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}
