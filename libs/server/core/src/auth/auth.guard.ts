import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { unauthenticated } from '../errors/domain-error';
import { IS_PUBLIC } from './public.decorator';
import { requestOf } from './request-of';

/** Global guard: every handler needs a signed-in viewer unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    if (!requestOf(context).viewer) throw unauthenticated();
    return true;
  }
}
