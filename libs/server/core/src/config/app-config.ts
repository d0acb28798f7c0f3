import { resolve } from 'node:path';
import { ZodError } from 'zod';
import { configSchema } from './config.schema';

/** The validated, typed configuration of one server instance. */
export class AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly publicUrl: string;
  readonly staffEmailDomains: readonly string[];
  readonly adminEmails: ReadonlySet<string>;
  readonly logLevel: string;
  readonly mailFrom: string;
  readonly trustProxy: boolean | number | string;
  readonly redisKeyPrefix: string;
  readonly boardIncubationMembers: number;
  readonly staffReverifyDays: number;

  constructor(values: {
    port: number;
    host: string;
    dataDir: string;
    databaseUrl?: string;
    redisUrl?: string;
    smtpUrl?: string;
    publicUrl: string;
    staffEmailDomains: readonly string[];
    adminEmails: Iterable<string>;
    logLevel: string;
    mailFrom: string;
    trustProxy?: boolean | number | string;
    redisKeyPrefix?: string;
    boardIncubationMembers?: number;
    staffReverifyDays?: number;
  }) {
    this.port = values.port;
    this.host = values.host;
    this.dataDir = values.dataDir;
    this.databaseUrl = values.databaseUrl;
    this.redisUrl = values.redisUrl;
    this.smtpUrl = values.smtpUrl;
    this.publicUrl = values.publicUrl.replace(/\/+$/, '');
    this.staffEmailDomains = values.staffEmailDomains;
    this.adminEmails = new Set(values.adminEmails);
    this.logLevel = values.logLevel;
    this.mailFrom = values.mailFrom;
    this.trustProxy = values.trustProxy ?? false;
    this.redisKeyPrefix = values.redisKeyPrefix ?? 'bw:';
    this.boardIncubationMembers = values.boardIncubationMembers ?? 3;
    this.staffReverifyDays = values.staffReverifyDays ?? 90;
  }

  get usesEmbeddedDatabase(): boolean {
    return this.databaseUrl === undefined;
  }
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  let raw;
  try {
    raw = configSchema.parse(env);
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      const name = String(issue.path[0] ?? 'environment');
      const got = env[name];
      throw new ConfigError(
        `Invalid configuration: ${name} ${issue.message}${got === undefined ? '' : ` (got ${JSON.stringify(got)})`}`,
      );
    }
    throw error;
  }
  return new AppConfig({
    port: raw.PORT,
    host: raw.HOST,
    dataDir: resolve(raw.DATA_DIR),
    databaseUrl: raw.DATABASE_URL,
    redisUrl: raw.REDIS_URL,
    smtpUrl: raw.SMTP_URL,
    publicUrl: raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`,
    staffEmailDomains: raw.STAFF_EMAIL_DOMAINS,
    adminEmails: raw.ADMIN_EMAILS,
    logLevel: raw.LOG_LEVEL,
    mailFrom: raw.MAIL_FROM,
    trustProxy: raw.TRUST_PROXY,
    redisKeyPrefix: raw.REDIS_KEY_PREFIX,
    boardIncubationMembers: raw.BOARD_INCUBATION_MEMBERS,
    staffReverifyDays: raw.STAFF_REVERIFY_DAYS,
  });
}
