import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestLoaders } from '../loaders/request-loaders';

/** The signed-in person a request acts for. */
export interface Viewer {
  userId: string;
  sessionId: string;
  handle: string;
  /** As of this request; events carry it so listeners need not read the account again. */
  displayName: string;
  emailVerified: boolean;
  isStaff: boolean;
  isAdmin: boolean;
  createdAt: Date;
}

export interface SessionRequestMeta {
  userAgent: string | undefined;
  ip: string | undefined;
}

/** Implemented by the accounts lib: turns a session token into a viewer, or null. */
export abstract class ViewerAuthenticator {
  abstract authenticate(token: string, meta: SessionRequestMeta): Promise<Viewer | null>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook (request-hooks.ts) before any route runs. */
    viewer: Viewer | null;
    sessionToken: string | null;
  }
}

export type AuthenticatedRequest = FastifyRequest;

/** The GraphQL context of one request. */
export interface RequestContext {
  req: AuthenticatedRequest;
  res: FastifyReply;
  loaders: RequestLoaders;
}
