import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(__dirname, '../../../dist/apps/api');

/** The built entry points, as operators run them: bad configuration stops them with every bad key listed. */
describe.each(['main.js', 'worker.js', 'cli.js'])('%s with bad configuration', (entry) => {
  it('exits 78 and names every bad or missing variable', () => {
    expect(existsSync(path.join(DIST, entry))).toBe(true);
    const result = spawnSync(
      process.execPath,
      [path.join(DIST, entry), ...(entry === 'cli.js' ? ['migrate'] : [])],
      {
        env: {
          PATH: process.env['PATH'],
          HTTP_PORT: 'eighty',
          REDIS_URL: 'http://localhost',
          AUTH_JWT_SECRET: 'short',
        },
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('Invalid configuration');
    for (const key of [
      'DATABASE_URL: is required',
      'HTTP_PORT:',
      'REDIS_URL:',
      'AUTH_JWT_SECRET: must be at least 32 characters',
    ]) {
      expect(result.stderr).toContain(key);
    }
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
