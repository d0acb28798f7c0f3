import { randomBytes } from 'node:crypto';
import { postgresServerUrl } from '@boardwalk/server-core/testing';

/**
 * The shared services the multi-instance tests need, in one place so that every test honours the
 * same variables (see README, "Tests"): a Redis at `TEST_REDIS_URL`, else 127.0.0.1:6379, and a
 * PostgreSQL server at `TEST_POSTGRES_URL`, else `DATABASE_URL`, else the local one.
 */
export function testRedisUrl(): string {
  const url = process.env['TEST_REDIS_URL'];
  return url && url.trim() !== '' ? url : 'redis://127.0.0.1:6379';
}

/** The PostgreSQL server tests of several instances create their databases on. */
export function testPostgresUrl(): string {
  return postgresServerUrl();
}

/**
 * Server environment for the shared Redis, with a key prefix (and so socket.io channels) of
 * this test's own: runs from other worktrees on the same Redis never see each other's traffic.
 */
export function sharedRedisEnv(label = 'bwtest'): { REDIS_URL: string; REDIS_KEY_PREFIX: string } {
  return {
    REDIS_URL: testRedisUrl(),
    REDIS_KEY_PREFIX: `${label}:${randomBytes(4).toString('hex')}:`,
  };
}
