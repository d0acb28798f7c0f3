import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createApp } from '@boardwalk/api';
import { loadConfig } from '@boardwalk/server-core';
import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import type { INestApplication } from '@nestjs/common';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A real server for browser tests. Its PUBLIC_URL is its own address, so the links it mails open
 * in the browser exactly as a member's would.
 */
export class WebTestServer {
  private constructor(
    private readonly app: INestApplication,
    private readonly database: TestDatabase,
    readonly url: string,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<WebTestServer> {
    const database = await createTestDatabase();
    // PUBLIC_URL needs the port before the app exists, so the port is chosen up front; another
    // test's server can take it while this app boots, and then the next free one is tried.
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        ...database.env,
        ...env,
        PUBLIC_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
      });
      const app = await createApp(config);
      try {
        await app.listen(port, '127.0.0.1');
        return new WebTestServer(app, database, url);
      } catch (error) {
        await app.close();
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt === 3) throw error;
      }
    }
  }

  /** A provider of the running app, e.g. to run the growth rollup a test's report reads. */
  get<T>(type: new (...args: never[]) => T): T {
    return this.app.get(type);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.drop();
  }

  /** The newest link to `path` (e.g. `/verify`) mailed to `email`, from DATA_DIR/outbox. */
  mailedLink(email: string, path: string): string {
    const dir = join(this.database.env.DATA_DIR, 'outbox');
    const pattern = new RegExp(`${this.url.replace(/[.]/g, '\\.')}${path}\\?token=[\\w-]+`);
    const files = readdirSync(dir)
      .filter((file) => file.endsWith('.eml'))
      .sort()
      .reverse();
    for (const file of files) {
      const mail = decodeQuotedPrintable(readFileSync(join(dir, file), 'utf8'));
      if (!new RegExp(`^To: .*${email.replace(/[.]/g, '\\.')}`, 'mi').test(mail)) continue;
      const link = pattern.exec(mail);
      if (link) return link[0];
    }
    throw new Error(`No mail to ${email} with a ${path} link`);
  }

  /** A GraphQL call with a bearer token, for setting up people the test does not click through. */
  async graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  }
}

function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
