import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestOf } from './request-of';
import type { Viewer } from './viewer';

/** The signed-in viewer (non-null behind the AuthGuard), or null on a @Public() handler. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null => requestOf(context).viewer ?? null,
);
