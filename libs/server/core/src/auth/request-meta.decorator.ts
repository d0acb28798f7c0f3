import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestOf } from './request-of';
import type { SessionRequestMeta } from './viewer';

/** The caller's user agent and IP (honouring TRUST_PROXY), for sessions and rate limits. */
export const RequestMeta = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionRequestMeta => {
    const req = requestOf(context);
    return { userAgent: req.headers['user-agent'], ip: req.ip };
  },
);
