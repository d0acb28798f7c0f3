import { resolve } from 'node:path';
import { ZodError } from 'zod';
import { configSchema } from './config.schema';

/** The validated, typed configuration of one server instance. */
export class AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly databaseReplicaUrls: readonly string[];
  readonly redisUrl: string | undefined;
  readonly smtpUrl: string | undefined;
  readonly publicUrl: string;
  readonly staffEmailDomains: readonly string[];
  readonly adminEmails: ReadonlySet<string>;
  readonly logLevel: string;
  readonly mailFrom: string;
  readonly trustProxy: boolean | number | string;
  readonly redisKeyPrefix: string;
  readonly redisShardedPubsub: boolean;
  readonly staffReverifyDays: number;
  readonly autoHideFlagCount: number;
  readonly boardIncubationMembers: number;

  constructor(values: {
    port: number;
    host: string;
    dataDir: string;
    databaseUrl?: string;
    databaseReplicaUrls?: readonly string[];
    redisUrl?: string;
    smtpUrl?: string;
    publicUrl: string;
    staffEmailDomains: readonly string[];
    adminEmails: Iterable<string>;
    logLevel: string;
    mailFrom: string;
    trustProxy?: boolean | number | string;
    redisKeyPrefix?: string;
    redisShardedPubsub?: boolean;
    staffReverifyDays?: number;
    autoHideFlagCount?: number;
    boardIncubationMembers?: number;
  }) {
    this.port = values.port;
    this.host = values.host;
    this.dataDir = values.dataDir;
    this.databaseUrl = values.databaseUrl;
    this.databaseReplicaUrls = values.databaseReplicaUrls ?? [];
    this.redisUrl = values.redisUrl;
    this.smtpUrl = values.smtpUrl;
    this.publicUrl = values.publicUrl.replace(/\/+$/, '');
    this.staffEmailDomains = values.staffEmailDomains;
    this.adminEmails = new Set(values.adminEmails);
    this.logLevel = values.logLevel;
    this.mailFrom = values.mailFrom;
    this.trustProxy = values.trustProxy ?? false;
    this.redisKeyPrefix = values.redisKeyPrefix ?? 'bw:';
    this.redisShardedPubsub = values.redisShardedPubsub ?? false;
    this.staffReverifyDays = values.staffReverifyDays ?? 90;
    this.autoHideFlagCount = values.autoHideFlagCount ?? 3;
    this.boardIncubationMembers = values.boardIncubationMembers ?? 3;
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
    if (raw.DATABASE_REPLICA_URLS.length > 0 && !raw.DATABASE_URL) {
      throw new ConfigError(
        'Invalid configuration: DATABASE_REPLICA_URLS needs DATABASE_URL (replicas of a PostgreSQL primary)',
      );
    }
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
    databaseReplicaUrls: raw.DATABASE_REPLICA_URLS,
    redisUrl: raw.REDIS_URL,
    smtpUrl: raw.SMTP_URL,
    publicUrl: raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`,
    staffEmailDomains: raw.STAFF_EMAIL_DOMAINS,
    adminEmails: raw.ADMIN_EMAILS,
    logLevel: raw.LOG_LEVEL,
    mailFrom: raw.MAIL_FROM,
    trustProxy: raw.TRUST_PROXY,
    redisKeyPrefix: raw.REDIS_KEY_PREFIX,
    redisShardedPubsub: raw.REDIS_SHARDED_PUBSUB,
    staffReverifyDays: raw.STAFF_REVERIFY_DAYS,
    autoHideFlagCount: raw.AUTO_HIDE_FLAG_COUNT,
    boardIncubationMembers: raw.BOARD_INCUBATION_MEMBERS,
  });
}
