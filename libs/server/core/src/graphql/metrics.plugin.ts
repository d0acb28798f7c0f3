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
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            metrics.graphqlErrors.inc({ code: String(error.extensions?.['code'] ?? 'UNKNOWN') });
          }
        },
        async willSendResponse({ response }) {
          const failed =
            response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          stop({ operation, outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };
}
