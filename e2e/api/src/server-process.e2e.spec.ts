import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'apps/api/src/main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the server's real entry point (main.ts, compiled on the fly) as its own process. */
function runServer(
  env: Record<string, string>,
  untilStdout?: RegExp,
): Promise<Run & { kill: () => void; exited: Promise<string> }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', MAIN], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    const kill = () => child.kill('SIGTERM');
    // Nest closes the app on SIGTERM, then re-raises the signal: a clean stop ends by SIGTERM.
    const exited = new Promise<string>((done) =>
      child.on('exit', (code, signal) => done(signal ?? `exit ${code}`)),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (untilStdout?.test(stdout)) resolve({ code: null, stdout, stderr, kill, exited });
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr, kill, exited }));
  });
}

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
    const run = await runServer({ DATA_DIR: database.env.DATA_DIR, [name]: value });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('starts, answers /health, and stops cleanly on SIGTERM', async () => {
    const run = await runServer(
      { ...database.env, PORT: '0', HOST: '127.0.0.1' },
      /listening on http:\/\/localhost:\d+/,
    );
    const port = /localhost:(\d+)/.exec(run.stdout)?.[1];
    expect(port).toBeDefined();
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    run.kill();
    expect(await run.exited).toBe('SIGTERM');
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});
