// Brings up PostgreSQL and Redis: the caller's (DATABASE_URL / REDIS_URL) when set and reachable,
// otherwise private ones under .data/.
import { info, UserFacingError } from './log.mjs';
import { canConnect, startPrivatePostgres } from './postgres.mjs';
import { canReachRedis, startPrivateRedis } from './redis.mjs';
import { secrets } from './state.mjs';

const redact = (url) => url.replace(/\/\/([^:@/]*):[^@]*@/, '//$1:***@');

export async function bringUpServices(env = process.env) {
  const secret = secrets();
  const stops = [];
  let databaseUrl;
  if (env.DATABASE_URL) {
    if (!(await canConnect(env.DATABASE_URL))) {
      throw new UserFacingError(
        `DATABASE_URL is set but ${redact(env.DATABASE_URL)} does not answer. Fix it or unset it to use a private PostgreSQL.`,
      );
    }
    databaseUrl = env.DATABASE_URL;
    info(`PostgreSQL: using DATABASE_URL ${redact(databaseUrl)}`);
  } else {
    const pg = await startPrivatePostgres(secret.postgresPassword);
    stops.push(pg.stop);
    databaseUrl = pg.adminUrl;
  }
  let redisUrl;
  if (env.REDIS_URL) {
    if (!(await canReachRedis(env.REDIS_URL))) {
      throw new UserFacingError(
        `REDIS_URL is set but ${redact(env.REDIS_URL)} does not answer. Fix it or unset it to use a private Redis.`,
      );
    }
    redisUrl = env.REDIS_URL;
    info(`Redis: using REDIS_URL ${redact(redisUrl)}`);
  } else {
    const redis = await startPrivateRedis(secret.redisPassword);
    stops.push(redis.stop);
    redisUrl = redis.url;
  }
  return {
    /** A URL on the server, whose database name is replaced per use (demo, tests). */
    databaseUrl,
    /** True when the database in DATABASE_URL is the caller's own: use it as is for the demo. */
    callerDatabase: Boolean(env.DATABASE_URL),
    redisUrl,
    secrets: secret,
    stopAll: async () => {
      for (const stop of stops.reverse()) {
        await stop();
      }
    },
  };
}
