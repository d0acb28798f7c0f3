import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { sessionTokenFrom } from './session-token';
import { AuthenticatedRequest, ViewerAuthenticator } from './viewer';

/** Resolves the viewer of every HTTP request once, for GraphQL and plain routes alike. */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(private readonly authenticator: ViewerAuthenticator) {}

  async use(req: AuthenticatedRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      const token = sessionTokenFrom(req);
      req.sessionToken = token;
      req.viewer = token
        ? await this.authenticator.authenticate(token, {
            userAgent: req.headers['user-agent'],
            ip: req.ip,
          })
        : null;
      next();
    } catch (error) {
      next(error);
    }
  }
}
