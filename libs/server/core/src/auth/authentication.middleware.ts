import { ErrorCode } from '@boardwalk/contracts';
import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { sessionTokenFrom } from './session-token';
import { AuthenticatedRequest, ViewerAuthenticator } from './viewer';

/** Resolves the viewer of every HTTP request once, for GraphQL and plain routes alike. */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  private readonly logger = new Logger(AuthenticationMiddleware.name);

  constructor(private readonly authenticator: ViewerAuthenticator) {}

  async use(req: AuthenticatedRequest, res: Response, next: NextFunction): Promise<void> {
    const token = sessionTokenFrom(req);
    req.sessionToken = token;
    if (!token) {
      req.viewer = null;
      next();
      return;
    }
    const meta = { userAgent: req.headers['user-agent'], ip: req.ip };
    try {
      req.viewer = await this.authenticator.authenticate(token, meta);
    } catch {
      // A dropped database connection fails one query; the pool replaces it, so try once more.
      try {
        req.viewer = await this.authenticator.authenticate(token, meta);
      } catch (error) {
        this.logger.error({ err: error }, 'Could not check the session');
        res.status(503).json({
          errors: [
            {
              message: 'The service is briefly unavailable; try again.',
              extensions: { code: ErrorCode.Internal },
            },
          ],
        });
        return;
      }
    }
    next();
  }
}
