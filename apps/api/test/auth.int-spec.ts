import request from 'supertest';

import { makeUser, TEST_PASSWORD, tokenFor } from './factories';
import { createTestApp, TestApp, truncateAll } from './test-app';

describe('auth (real PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await truncateAll(t.db);
    await makeUser(t.db, 'biomed', 'Blake@Test.Local'.toLowerCase());
  });

  afterAll(() => t.close());

  it('exchanges a correct email and password for a bearer token that /auth/me accepts', async () => {
    const res = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: 'BLAKE@test.local', password: TEST_PASSWORD })
      .expect(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 43200,
      user: { email: 'blake@test.local', role: 'biomed' },
    });
    expect(res.body.user.passwordHash).toBeUndefined();
    const me = await request(t.http)
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({ email: 'blake@test.local', role: 'biomed' });
  });

  it('stores an argon2id hash, never the password', async () => {
    const [row] = await t.db.query(`SELECT password_hash FROM app_user WHERE email = 'blake@test.local'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  it.each([
    [{ email: 'blake@test.local', password: 'wrong' }, 'email or password is wrong'],
    [{ email: 'nobody@test.local', password: TEST_PASSWORD }, 'email or password is wrong'],
  ])('answers 401 to wrong credentials %#', async (body, message) => {
    const res = await request(t.http).post('/api/v1/auth/login').send(body).expect(401);
    expect(res.body.message).toEqual([message]);
  });

  it.each([
    [{ email: 'not-an-email', password: 'x' }, /^email /],
    [{ email: 'blake@test.local' }, /^password /],
    [{ email: 'blake@test.local', password: 'x', role: 'admin' }, /^property role should not exist/],
  ])('answers 400 naming the field for %p', async (body, pattern) => {
    const res = await request(t.http).post('/api/v1/auth/login').send(body).expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(res.body.message.some((m: string) => pattern.test(m))).toBe(true);
  });

  it('answers 400 to a body that is not JSON, and gives a request id', async () => {
    const res = await request(t.http)
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(res.body.message).toEqual(['body is not valid JSON (Unexpected end of JSON input)']);
    expect(res.body.requestId).toEqual(expect.any(String));
    expect(res.headers['x-request-id']).toBe(res.body.requestId);
  });

  it('answers 401 without a token, with a bad token, and with a token signed by another secret', async () => {
    await request(t.http).get('/api/v1/auth/me').expect(401);
    await request(t.http).get('/api/v1/auth/me').set('Authorization', 'Bearer nonsense').expect(401);
    const token = await tokenFor(t, 'supply');
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('forged').toString('base64url')}`;
    const res = await request(t.http)
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${forged}`)
      .expect(401);
    expect(res.body.message).toEqual(['authorization: the token is invalid or has expired']);
  });
});
