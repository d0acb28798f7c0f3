import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const MAIN = join(ROOT, 'apps/api/src/main.ts');

export interface ServerProcess {
  /** Exit code when the process ended before `untilStdout` matched, else null. */
  code: number | null;
  stdout: () => string;
  stderr: () => string;
  port: number | null;
  signal: (signal: NodeJS.Signals) => void;
  /** Resolves with the signal that ended the process, or `exit <code>`. */
  exited: Promise<string>;
}

/**
 * Runs the server's real entry point (main.ts, compiled on the fly by swc) as its own process and
 * resolves once its start line is printed, or when it exits.
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: '0',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    let settled = false;
    // Nest closes the app on SIGTERM, then re-raises the signal: a clean stop ends by SIGTERM.
    const exited = new Promise<string>((done) =>
      child.on('exit', (code, signal) => done(signal ?? `exit ${code}`)),
    );
    const handle = (code: number | null, port: number | null): ServerProcess => ({
      code,
      stdout: () => stdout,
      stderr: () => stderr,
      port,
      signal: (signal) => child.kill(signal),
      exited,
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const port = /listening on http:\/\/localhost:(\d+)/.exec(stdout)?.[1];
      if (port && !settled) {
        settled = true;
        resolve(handle(null, Number(port)));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      if (!settled) {
        settled = true;
        resolve(handle(code, null));
      }
    });
  });
}
