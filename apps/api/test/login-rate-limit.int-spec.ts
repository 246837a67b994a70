import request from 'supertest';

import { makeUser, TEST_PASSWORD } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

describe('login rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp((config) => ({ ...config, auth: { ...config.auth, loginAttemptsPerMin: 3 } }));
    await truncateAll(t.db);
    await makeUser(t.db, 'admin', 'limited@test.local');
  });

  afterAll(() => t.close());

  it('answers 429 once a client has used its attempts for the minute, even with the right password', async () => {
    const attempt = (password: string) =>
      request(t.http).post('/api/v1/auth/login').send({ email: 'limited@test.local', password });
    await attempt('wrong-1').expect(401);
    await attempt('wrong-2').expect(401);
    await attempt(TEST_PASSWORD).expect(200);
    const res = await attempt(TEST_PASSWORD).expect(429);
    expect(res.body).toMatchObject({ statusCode: 429, error: 'TOO MANY REQUESTS' });
    expect(res.headers['retry-after']).toEqual(expect.any(String));
  });

  it('does not throttle other routes', async () => {
    for (let i = 0; i < 6; i++) {
      await request(t.http).get('/api/health').expect(200);
    }
  });
});
