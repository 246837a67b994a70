import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');
const redisUrl = z
  .string()
  .url()
  .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL');
const port = z.coerce.number().int().min(1).max(65535);

/**
 * Every environment variable Wardwatch reads, checked once at boot. `.env.example` documents each one;
 * nothing outside infra/config reads process.env.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  HTTP_PORT: port.default(3000),
  /** Absolute or working-directory-relative path of the built web app; empty serves no web app. */
  WEB_DIST_DIR: z.string().default('dist/apps/web/browser'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DATABASE_URL: postgresUrl,
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: redisUrl,
  /** Prefix of every Redis key Wardwatch writes, so that two installs can share a server. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')
    .default('ww'),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  AUTH_TOKEN_TTL_S: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(12 * 3600),
  AUTH_LOGIN_ATTEMPTS_PER_MIN: z.coerce.number().int().min(1).default(10),
  WORKER_HEARTBEAT_S: z.coerce.number().int().min(1).max(3600).default(10),
  /** A gateway not heard for this long raises a gateway-offline alert (checked every minute). */
  GATEWAY_OFFLINE_AFTER_S: z.coerce.number().int().min(30).max(86_400).default(300),
  /** How often the worker evaluates alert rules such as gateway-offline. */
  ALERT_RULES_EVERY_S: z.coerce.number().int().min(1).max(3600).default(60),
  /** An open (unacknowledged) alert is sent again this often to the role responsible for it. */
  ALERT_REMIND_EVERY_MIN: z.coerce.number().int().min(1).max(1440).default(15),
  /** Unacknowledged this long, an alert moves to the next role of its kind's escalation chain. */
  ALERT_ESCALATE_AFTER_MIN: z.coerce.number().int().min(1).max(1440).default(30),
  /** Ingest jobs one worker process holds at once; they are processed together in cycles. */
  INGEST_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(2048).default(256),
  /** How long a repeated batch (same gateway and sequence, or same content) is recognised, seconds. */
  INGEST_DEDUP_TTL_S: z.coerce
    .number()
    .int()
    .min(60)
    .default(24 * 3600),
  /** Keep raw sightings this many hours; 0 keeps none. */
  INGEST_RAW_RETENTION_H: z.coerce.number().int().min(0).default(0),
  /** Telemetry readings (monthly partitions) and hourly rollups are kept this many months (3 years). */
  TELEMETRY_RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(36),
  /** At most one decoded reading per tag per this many seconds (Ruuvi: per new measurement). */
  TELEMETRY_MIN_INTERVAL_S: z.coerce.number().int().min(0).default(10),
  LOCATION_SMOOTHING_HALF_LIFE_MS: z.coerce.number().int().min(0).default(500),
  LOCATION_READING_TTL_MS: z.coerce.number().int().min(1000).default(15000),
  LOCATION_SWITCH_MARGIN_DB: z.coerce.number().min(0).default(6),
  LOCATION_SWITCH_DWELL_MS: z.coerce.number().int().min(0).default(2000),
  /** Live position events are batched per floor per tick, ms. */
  REALTIME_TICK_MS: z.coerce.number().int().min(20).max(5000).default(100),
  /** When set, the worker also takes Ruuvi Gateway MQTT messages (topics ruuvi/<gateway>/<tag>). */
  MQTT_URL: z
    .string()
    .url()
    .refine((v) => /^mqtts?:\/\//.test(v), 'must be an mqtt:// or mqtts:// URL')
    .optional(),
  /** Secret from which the demo hospital's gateway ingest keys are derived (seed and simulator only). */
  DEMO_GATEWAY_KEY_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError naming every bad or missing key at once. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(root)';
    const missing = issue.code === 'invalid_type' && source[key] === undefined;
    return `${key}: ${missing ? 'is required' : issue.message}`;
  });
  throw new ConfigError(problems);
}
