// Brings up PostgreSQL and Redis: the caller's (DATABASE_URL / REDIS_URL) when set and reachable,
// otherwise private ones under .data/.
import { info, UserFacingError } from './log.mjs';
import { canConnect, startPrivatePostgres } from './postgres.mjs';
import { canReachRedis, startPrivateRedis } from './redis.mjs';
import { secrets } from './state.mjs';

const redact = (url) => url.replace(/\/\/([^:@/]*):[^@]*@/, '//$1:***@');

/** The caller's service when its URL is set (it must answer), else a private one we start (and stop). */
async function callersOrPrivate({ name, variable, givenUrl, reachable, startPrivate }) {
  if (givenUrl) {
    if (!(await reachable(givenUrl))) {
      throw new UserFacingError(
        `${variable} is set but ${redact(givenUrl)} does not answer. Fix it or unset it to use a private ${name}.`,
      );
    }
    info(`${name}: using ${variable} ${redact(givenUrl)}`);
    return { url: givenUrl, stop: async () => undefined };
  }
  return startPrivate();
}

export async function bringUpServices(env = process.env) {
  const secret = secrets();
  const postgres = await callersOrPrivate({
    name: 'PostgreSQL',
    variable: 'DATABASE_URL',
    givenUrl: env.DATABASE_URL,
    reachable: canConnect,
    startPrivate: async () => {
      const pg = await startPrivatePostgres(secret.postgresPassword);
      return { url: pg.adminUrl, stop: pg.stop };
    },
  });
  const redis = await callersOrPrivate({
    name: 'Redis',
    variable: 'REDIS_URL',
    givenUrl: env.REDIS_URL,
    reachable: canReachRedis,
    startPrivate: () => startPrivateRedis(secret.redisPassword),
  });
  return {
    /** A URL on the server, whose database name is replaced per use (demo, tests). */
    databaseUrl: postgres.url,
    /** True when the database in DATABASE_URL is the caller's own: use it as is for the demo. */
    callerDatabase: Boolean(env.DATABASE_URL),
    redisUrl: redis.url,
    secrets: secret,
    stopAll: async () => {
      await redis.stop();
      await postgres.stop();
    },
  };
}
