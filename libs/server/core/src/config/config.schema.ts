import { z } from 'zod';

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter((item) => item.length > 0),
  );

const optionalUrl = (protocols: string[], example: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()))
    .refine(
      (value) => {
        if (value === undefined) return true;
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      { message: `must be a URL like ${example}` },
    );

/**
 * Every environment variable the server reads, with its default. Parsed once at start; nothing
 * else reads `process.env`.
 */
export const configSchema = z.object({
  /** TCP port of the HTTP server (GraphQL, socket.io, web app). */
  PORT: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? '3000' : value))
    .refine((value) => /^\d+$/.test(value) && Number(value) <= 65535, {
      message: 'must be an integer from 0 to 65535',
    })
    .transform(Number),
  /** Interface to listen on. */
  HOST: z.string().optional().default('0.0.0.0'),
  /** Where the embedded database, the mail outbox and other local state live. */
  DATA_DIR: z.string().min(1).optional().default('./data'),
  /** PostgreSQL connection URL; unset means the embedded PGlite database under DATA_DIR. */
  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:'], 'postgres://user@host:5432/db'),
  /**
   * Comma list of PostgreSQL read replicas (streaming replicas of DATABASE_URL). Read-heavy
   * queries that tolerate a little replication lag (board directory, search) go to them.
   */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0),
    )
    .refine(
      (urls) =>
        urls.every((url) => {
          try {
            return ['postgres:', 'postgresql:'].includes(new URL(url).protocol);
          } catch {
            return false;
          }
        }),
      { message: 'must be a comma list of URLs like postgres://user@replica:5432/db' },
    ),
  /** Redis URL; set it to run several API instances (socket.io adapter, shared rate limits). */
  REDIS_URL: optionalUrl(['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
  /** SMTP URL for outgoing mail; unset means mail is written to DATA_DIR/outbox as .eml files. */
  SMTP_URL: optionalUrl(['smtp:', 'smtps:'], 'smtp://user:pass@mail.example.com:587'),
  /** Public base URL used in links sent by mail; defaults to http://localhost:PORT. */
  PUBLIC_URL: optionalUrl(['http:', 'https:'], 'https://community.example.com'),
  /** Staff email domains on first start (admins change them at run time). */
  STAFF_EMAIL_DOMAINS: commaList,
  /** Verified accounts with these emails are admins. */
  ADMIN_EMAILS: commaList,
  /**
   * Fastify's `trustProxy`: which proxies may set X-Forwarded-For (for rate limits by IP). `false`
   * (default), `true`, a hop count, or names/subnets such as `loopback, 10.0.0.0/8`.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value): boolean | number | string => {
      const text = (value ?? 'false').trim();
      if (text === 'true') return true;
      if (text === 'false' || text === '') return false;
      if (/^\d+$/.test(text)) return Number(text);
      return text;
    }),
  /** `true` for the socket.io adapter's sharded pub/sub mode (Redis 7+, e.g. a Redis Cluster). */
  REDIS_SHARDED_PUBSUB: z
    .enum(['true', 'false', ''])
    .optional()
    .transform((value) => value === 'true'),
  /** Prefix of every Redis key, so several deployments can share one Redis. */
  REDIS_KEY_PREFIX: z.string().optional().default('bw:'),
  /** Staff re-confirm their company email this often (days); unconfirmed after 14 more days, staff status ends. */
  STAFF_REVERIFY_DAYS: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? '90' : value))
    // At most ten years: the job passes it to make_interval(days => int), which a larger
    // number would overflow at every run instead of at start.
    .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 3650, {
      message: 'must be a whole number of days from 1 to 3650',
    })
    .transform(Number),
  /** A post flagged by this many members is hidden until a moderator reviews it. */
  AUTO_HIDE_FLAG_COUNT: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? '3' : value))
    .refine((value) => /^\d+$/.test(value) && Number(value) >= 1, {
      message: 'must be a whole number, at least 1',
    })
    .transform(Number),
  /** Log level (pino). */
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .optional()
    .default('info'),
  /**
   * How many distinct members must join or post in a new board before it leaves incubation and
   * can appear in the TRENDING directory.
   */
  BOARD_INCUBATION_MEMBERS: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? '3' : value))
    .refine((value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 1000, {
      message: 'must be an integer from 1 to 1000',
    })
    .transform(Number),
  /** Sender address of outgoing mail. */
  MAIL_FROM: z.string().optional().default('Boardwalk <no-reply@boardwalk.local>'),
});

export type RawConfig = z.infer<typeof configSchema>;
