import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import { startServerProcess } from './support/server-process';

describe('server process (e2e)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  it.each([
    [
      'PORT',
      'eighty',
      /^Invalid configuration: PORT must be an integer from 0 to 65535 \(got "eighty"\)$/,
    ],
    [
      'DATABASE_URL',
      'mysql://db/x',
      /^Invalid configuration: DATABASE_URL must be a URL like postgres:\/\/\S+ \(got "mysql:\/\/db\/x"\)$/,
    ],
  ])('stops at once on a bad %s with one line naming it', async (name, value, message) => {
    const run = await startServerProcess({ DATA_DIR: database.env.DATA_DIR, [name]: value });
    expect(run.code).toBe(1);
    expect(run.stderr().trim()).toMatch(message);
    expect(run.stderr().trim().split('\n')).toHaveLength(1);
  });

  it('starts, answers /health, and stops cleanly on SIGTERM', async () => {
    const run = await startServerProcess(database.env);
    expect(run.port).not.toBeNull();
    const health = await fetch(`http://127.0.0.1:${run.port}/health`);
    expect(health.status).toBe(200);
    run.signal('SIGTERM');
    expect(await run.exited).toBe('SIGTERM');
    await expect(fetch(`http://127.0.0.1:${run.port}/health`)).rejects.toThrow();
  });
});
