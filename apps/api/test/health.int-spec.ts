import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';

import { WorkerModule } from '../src/worker.module';
import { createTestApp, TestApp } from './test-app';

describe('health and the worker heartbeat (real Redis + BullMQ)', () => {
  let t: TestApp;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('reports PostgreSQL and Redis up, publicly', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('shows a fresh heartbeat once a worker runs its scheduled job', async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(t.config), { logger: false });
    await worker.init();
    const deadline = Date.now() + 15_000;
    let age: number | null = null;
    while (Date.now() < deadline) {
      age = (await request(t.http).get('/api/health').expect(200)).body.workerHeartbeatAgeS;
      if (age !== null) {
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(age).not.toBeNull();
    expect(age).toBeLessThanOrEqual(2);
  });
});
