import { ConfigError, parseEnv } from './config.schema';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/ww',
  REDIS_URL: 'redis://127.0.0.1:6379/0',
  AUTH_JWT_SECRET: 'x'.repeat(32),
};

describe('parseEnv', () => {
  it('applies defaults to a minimal valid environment', () => {
    const env = parseEnv(valid);
    expect(env.HTTP_PORT).toBe(3000);
    expect(env.REDIS_PREFIX).toBe('ww');
    expect(env.AUTH_TOKEN_TTL_S).toBe(43200);
    expect(env.NODE_ENV).toBe('development');
  });

  it('coerces numbers from strings', () => {
    expect(parseEnv({ ...valid, HTTP_PORT: '8080', DB_POOL_MAX: '4' })).toMatchObject({
      HTTP_PORT: 8080,
      DB_POOL_MAX: 4,
    });
  });

  it('lists every bad or missing key in one error', () => {
    let error: unknown;
    try {
      parseEnv({ HTTP_PORT: '99999', REDIS_URL: 'http://nope', AUTH_JWT_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'DATABASE_URL: is required',
        expect.stringMatching(/^HTTP_PORT: /),
        expect.stringMatching(/^REDIS_URL: .*redis:\/\//),
        'AUTH_JWT_SECRET: must be at least 32 characters',
      ]),
    );
    expect(problems).toHaveLength(4);
    expect((error as Error).message).toContain('DATABASE_URL');
  });

  it('rejects a non-postgres database URL', () => {
    expect(() => parseEnv({ ...valid, DATABASE_URL: 'mysql://x@y/z' })).toThrow(
      /DATABASE_URL: must be a postgres/,
    );
  });
});
