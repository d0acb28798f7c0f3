import '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from './session-token';

/** Cookie Max-Age is in seconds. */
const THIRTY_DAYS_S = 30 * 24 * 3600;

/** The web app's session: HttpOnly, SameSite=Lax, Secure when served over https. */
export function setSessionCookie(res: FastifyReply, token: string, publicUrl: string): void {
  res.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicUrl.startsWith('https:'),
    path: '/',
    maxAge: THIRTY_DAYS_S,
  });
}

export function clearSessionCookie(res: FastifyReply, publicUrl: string): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicUrl.startsWith('https:'),
    path: '/',
  });
}
