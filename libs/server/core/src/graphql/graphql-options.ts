import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest, RequestContext } from '../auth/viewer';
import { createGraphqlErrorFormatter } from '../errors/graphql-error-formatter';
import { DateTimeScalar } from './date-time.scalar';
import type { MetricsService } from '../http/metrics.service';
import { RequestLoaders } from '../loaders/request-loaders';
import { legacyJsonStatusPlugin } from './legacy-json-status.plugin';
import { graphqlMetricsPlugin } from './metrics.plugin';
import { nulCharactersPlugin } from './nul-characters.plugin';
import { depthLimitRule, NoSubscriptionsRule } from './operation-rules';
import { QueryLimits, queryComplexityPlugin } from './query-limits.plugin';
import { shareEmptyArgumentValues } from './shared-empty-arguments';

const logger = new Logger('GraphQL');

/** Code-first Apollo at /graphql; the schema is built in memory and committed by a test. */
export function graphqlOptions(metrics: MetricsService): ApolloDriverConfig {
  if (!shareEmptyArgumentValues()) {
    logger.warn(
      'graphql-js no longer exports getArgumentValues as expected: fields without arguments each allocate theirs',
    );
  }
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: true,
    playground: false,
    // Cookie sessions carry their own CSRF check (see session-token.ts); bearer requests need none.
    csrfPrevention: false,
    includeStacktraceInErrorResponses: false,
    persistedQueries: false,
    // Apollo's default pretty-prints every response (two-space indent): more bytes to build and
    // send for nothing a client reads.
    stringifyResult: (result) => JSON.stringify(result),
    buildSchemaOptions: {
      dateScalarMode: 'isoDate',
      numberScalarMode: 'integer',
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    },
    // Apollo's Fastify integration hands the context function the request and the reply.
    context: (req: AuthenticatedRequest, res: FastifyReply): RequestContext => ({
      req,
      res,
      loaders: new RequestLoaders(),
    }),
    validationRules: [depthLimitRule(QueryLimits.maxDepth), NoSubscriptionsRule],
    plugins: [
      // Apollo's cache-control plugin hooks every field resolution; responses here are never
      // cached by hints, so it is pure per-field cost (seen in the board page's CPU profile).
      ApolloServerPluginCacheControlDisabled(),
      nulCharactersPlugin(),
      queryComplexityPlugin(),
      graphqlMetricsPlugin(metrics),
      legacyJsonStatusPlugin(),
    ],
    formatError: createGraphqlErrorFormatter({
      error: (fields, message) => logger.error(fields, message),
    }),
  };
}
