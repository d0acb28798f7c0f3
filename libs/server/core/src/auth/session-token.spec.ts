import type { FastifyRequest } from 'fastify';
import { SESSION_COOKIE, sessionTokenFrom } from './session-token';

const request = (headers: Record<string, string>, cookies: Record<string, string> = {}) =>
  ({ headers, cookies }) as unknown as FastifyRequest;

describe('sessionTokenFrom', () => {
  it('takes a bearer token from the Authorization header', () => {
    expect(sessionTokenFrom(request({ authorization: 'Bearer abc_DEF-123' }))).toBe('abc_DEF-123');
    expect(sessionTokenFrom(request({ authorization: 'Basic xyz' }))).toBeNull();
  });

  it('takes the session cookie only from requests a cross-site form cannot forge', () => {
    const cookies = { [SESSION_COOKIE]: 'cookie-token' };
    expect(sessionTokenFrom(request({ 'content-type': 'application/json' }, cookies))).toBe(
      'cookie-token',
    );
    expect(sessionTokenFrom(request({ 'x-csrf-protection': '1' }, cookies))).toBe('cookie-token');
    expect(sessionTokenFrom(request({}, cookies))).toBeNull();
    expect(sessionTokenFrom(request({ 'content-type': 'text/plain' }, cookies))).toBeNull();
    expect(
      sessionTokenFrom(request({ 'content-type': 'application/x-www-form-urlencoded' }, cookies)),
    ).toBeNull();
    expect(
      sessionTokenFrom(request({ 'content-type': 'multipart/form-data; boundary=x' }, cookies)),
    ).toBeNull();
  });
});
