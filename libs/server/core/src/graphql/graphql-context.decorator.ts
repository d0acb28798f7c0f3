import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../auth/viewer';

/** The whole GraphQL request context (request, response, loaders). */
export const GraphqlContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    GqlExecutionContext.create(context).getContext<RequestContext>(),
);
