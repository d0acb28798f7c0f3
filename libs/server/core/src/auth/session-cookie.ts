import type { Response } from 'express';
import { SESSION_COOKIE } from './session-token';

const THIRTY_DAYS_MS = 30 * 24 * 3600 * 1000;

/** The web app's session: HttpOnly, SameSite=Lax, Secure when served over https. */
export function setSessionCookie(res: Response, token: string, publicUrl: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicUrl.startsWith('https:'),
    path: '/',
    maxAge: THIRTY_DAYS_MS,
  });
}

export function clearSessionCookie(res: Response, publicUrl: string): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicUrl.startsWith('https:'),
    path: '/',
  });
}
