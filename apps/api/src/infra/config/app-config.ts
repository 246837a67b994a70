import { Env, parseEnv } from './config.schema';

/** The typed configuration, grouped by concern. */
export interface AppConfig {
  env: Env['NODE_ENV'];
  http: { host: string; port: number; webDistDir: string };
  log: { level: Env['LOG_LEVEL'] };
  db: { url: string; poolMax: number };
  redis: { url: string; prefix: string };
  auth: { jwtSecret: string; tokenTtlS: number; loginAttemptsPerMin: number };
  worker: { heartbeatS: number };
  alerts: {
    gatewayOfflineAfterS: number;
    rulesEveryS: number;
    remindEveryMin: number;
    escalateAfterMin: number;
  };
  telemetry: { retentionMonths: number };
  ingest: {
    concurrency: number;
    dedupTtlS: number;
    rawRetentionH: number;
    telemetryMinIntervalS: number;
    mqttUrl: string | undefined;
  };
  location: {
    smoothingHalfLifeMs: number;
    readingTtlMs: number;
    switchMarginDb: number;
    switchDwellMs: number;
  };
  realtime: { tickMs: number };
  demo: { gatewayKeySecret: string | undefined };
}

export function toAppConfig(env: Env): AppConfig {
  return {
    env: env.NODE_ENV,
    http: { host: env.HTTP_HOST, port: env.HTTP_PORT, webDistDir: env.WEB_DIST_DIR },
    log: { level: env.LOG_LEVEL },
    db: { url: env.DATABASE_URL, poolMax: env.DB_POOL_MAX },
    redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX },
    auth: {
      jwtSecret: env.AUTH_JWT_SECRET,
      tokenTtlS: env.AUTH_TOKEN_TTL_S,
      loginAttemptsPerMin: env.AUTH_LOGIN_ATTEMPTS_PER_MIN,
    },
    worker: { heartbeatS: env.WORKER_HEARTBEAT_S },
    alerts: {
      gatewayOfflineAfterS: env.GATEWAY_OFFLINE_AFTER_S,
      rulesEveryS: env.ALERT_RULES_EVERY_S,
      remindEveryMin: env.ALERT_REMIND_EVERY_MIN,
      escalateAfterMin: env.ALERT_ESCALATE_AFTER_MIN,
    },
    telemetry: { retentionMonths: env.TELEMETRY_RETENTION_MONTHS },
    ingest: {
      concurrency: env.INGEST_WORKER_CONCURRENCY,
      dedupTtlS: env.INGEST_DEDUP_TTL_S,
      rawRetentionH: env.INGEST_RAW_RETENTION_H,
      telemetryMinIntervalS: env.TELEMETRY_MIN_INTERVAL_S,
      mqttUrl: env.MQTT_URL,
    },
    location: {
      smoothingHalfLifeMs: env.LOCATION_SMOOTHING_HALF_LIFE_MS,
      readingTtlMs: env.LOCATION_READING_TTL_MS,
      switchMarginDb: env.LOCATION_SWITCH_MARGIN_DB,
      switchDwellMs: env.LOCATION_SWITCH_DWELL_MS,
    },
    realtime: { tickMs: env.REALTIME_TICK_MS },
    demo: { gatewayKeySecret: env.DEMO_GATEWAY_KEY_SECRET },
  };
}

/** The one place that reads process.env. */
export function loadAppConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  return toAppConfig(parseEnv(source));
}
