import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '@boardwalk/api';
import { loadConfig } from '@boardwalk/server-core';
import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
  /** Simulated client IP (the test server trusts X-Forwarded-For from loopback). */
  ip?: string;
}

/** A real Boardwalk server on a random loopback port, on a fresh database. */
export class TestServer {
  private nest: INestApplication | null = null;
  url = '';

  private constructor(
    readonly database: TestDatabase,
    private env: Record<string, string>,
    private readonly ownsDatabase = true,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestServer> {
    const database = await createTestDatabase();
    const server = new TestServer(database, env);
    await server.boot();
    return server;
  }

  /**
   * Another server on an existing database (another instance of the same deployment, e.g. on a
   * PostgreSQL database shared with a first server); closing it leaves the database to its owner.
   */
  static async startOn(
    database: TestDatabase,
    env: Record<string, string> = {},
  ): Promise<TestServer> {
    const server = new TestServer(database, env, false);
    await server.boot();
    return server;
  }

  get dataDir(): string {
    return this.database.env.DATA_DIR;
  }

  private async boot(): Promise<void> {
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      TRUST_PROXY: 'loopback',
      PUBLIC_URL: 'http://boardwalk.test',
      ...this.database.env,
      ...this.env,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    this.nest = app;
    this.url = `http://127.0.0.1:${port}`;
  }

  /** The running Nest application, for tests that listen to domain events. */
  get app(): INestApplication {
    if (!this.nest) throw new Error('The server is not running');
    return this.nest;
  }

  /** The server's TypeORM data source, for tests that inspect the database or its traffic. */
  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /**
   * Runs `work` and counts the SQL statements the server sent meanwhile (every statement passes
   * through TypeORM's logger, whatever the logging option). Run nothing else concurrently.
   */
  async countStatements(work: () => Promise<unknown>): Promise<{ count: number; sql: string[] }> {
    const logger = this.dataSource.logger;
    const sql: string[] = [];
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      sql.push(query);
      return original(query, parameters, queryRunner);
    };
    try {
      await work();
    } finally {
      logger.logQuery = original;
    }
    return { count: sql.length, sql };
  }

  /**
   * Stops and starts the server on the same database, as a restart would; `env` changes the
   * environment from then on, as an operator editing it before the restart would.
   */
  async restart(env: Record<string, string> = {}): Promise<void> {
    await this.nest?.close();
    this.env = { ...this.env, ...env };
    await this.boot();
  }

  /** Runs SQL on the server's database, e.g. to move a token's expiry into the past. */
  async sql<T = Record<string, unknown>>(query: string, parameters: unknown[] = []): Promise<T[]> {
    if (!this.app) throw new Error('The server is not running');
    const result: unknown = await this.app.get(DataSource).query(query, parameters);
    return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
  }

  /** A provider of the running app, for tests that drive a scheduled job directly. */
  get<T>(type: new (...args: never[]) => T): T {
    if (!this.app) throw new Error('The server is not running');
    return this.app.get(type);
  }

  async close(): Promise<void> {
    await this.nest?.close();
    this.nest = null;
    if (this.ownsDatabase) await this.database.drop();
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<GraphqlResponse<T>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...options.headers,
    };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.ip) headers['x-forwarded-for'] = options.ip;
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: T; errors?: GraphqlResponse['errors'] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`Non-JSON answer (${response.status}): ${text.slice(0, 200)}`);
    }
    return {
      status: response.status,
      data: body.data,
      errors: body.errors,
      headers: response.headers,
    };
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<T> {
    const response = await this.graphql<T>(query, variables, options);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** The mails written to DATA_DIR/outbox, oldest first, decoded. */
  outbox(): Array<{ to: string; subject: string; text: string }> {
    const dir = join(this.dataDir, 'outbox');
    let files: string[] = [];
    try {
      files = readdirSync(dir)
        .filter((file) => file.endsWith('.eml'))
        .sort();
    } catch {
      return [];
    }
    return files.map((file) => parseEml(readFileSync(join(dir, file), 'utf8')));
  }

  /** The token of the newest mailed link to `path` (e.g. `/verify`) sent to `email`. */
  mailedToken(email: string, path: string): string {
    const mails = this.outbox().filter((mail) => mail.to.toLowerCase() === email.toLowerCase());
    for (const mail of mails.reverse()) {
      const match = new RegExp(`http://boardwalk\\.test${path}\\?token=([\\w-]+)`).exec(mail.text);
      if (match) return match[1];
    }
    throw new Error(`No mail to ${email} with a ${path} link`);
  }
}

function parseEml(raw: string): { to: string; subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const header = (name: string) =>
    new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1]?.trim() ?? '';
  let body = rest.join('\n\n');
  if (/quoted-printable/i.test(header('Content-Transfer-Encoding'))) {
    body = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return { to: header('To'), subject: header('Subject'), text: body };
}
