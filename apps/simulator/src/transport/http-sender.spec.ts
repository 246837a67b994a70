import { createRandom } from '../random/seeded-random';
import { HttpSender, type Delivery, type SenderEvents, type SenderOptions } from './http-sender';
import type { PostBatch, PostResult } from './post-batch';
import { SendStats } from './send-stats';

const FAST: SenderOptions = {
  maxInFlight: 4,
  maxQueued: 100,
  maxAttempts: 4,
  maxAgeMs: 10_000,
  firstBackoffMs: 1,
  maxBackoffMs: 5,
  timeoutMs: 1000,
  troubleNoticeEveryMs: 0,
  recoveryAfterSuccesses: 1,
};

const delivery = (gatewayMac: string): Delivery => ({
  gatewayMac,
  url: 'http://127.0.0.1:9/api/v1/ingest/ruuvi',
  authorization: 'Bearer wwg_test',
  body: () => '{"data":{}}',
  sightings: 3,
  createdMs: Date.now(),
});

function recordingEvents() {
  const log: string[] = [];
  const events: SenderEvents = {
    clientError: (mac, reason) => log.push(`4xx ${mac} ${reason}`),
    trouble: (message) => log.push(`trouble ${message}`),
    recovered: () => log.push('recovered'),
    rejected: (mac, count) => log.push(`rejected ${mac} ${count}`),
  };
  return { log, events };
}

/** A fake server answering each POST with the next scripted result (the last one repeats). */
function scripted(results: PostResult[]) {
  const calls: string[] = [];
  let active = 0;
  let maxActive = 0;
  const post: PostBatch = async (url, authorization) => {
    calls.push(authorization);
    active++;
    maxActive = Math.max(maxActive, active);
    await new Promise((resolve) => setTimeout(resolve, 2));
    active--;
    return results[Math.min(calls.length - 1, results.length - 1)];
  };
  return { post, calls, maxActive: () => maxActive };
}

const accepted: PostResult = {
  kind: 'response',
  status: 202,
  text: '{"accepted":3,"rejected":[],"duplicate":false}',
};
const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

describe('HttpSender', () => {
  it('retries a 503 and a refused connection, then delivers', async () => {
    const server = scripted([
      { kind: 'network-error', message: 'ECONNREFUSED' },
      {
        kind: 'response',
        status: 503,
        text: '{"statusCode":503,"error":"Service Unavailable","message":["starting"]}',
      },
      accepted,
    ]);
    const stats = new SendStats(Date.now());
    const { log, events } = recordingEvents();
    const sender = new HttpSender(server.post, stats, events, createRandom('t'), FAST);
    sender.submit(delivery('F2:A0:0C:00:00:01'));
    await settle();
    expect(server.calls).toHaveLength(3);
    expect(stats.totals).toMatchObject({
      networkErrors: 1,
      responses5xx: 1,
      responses2xx: 1,
      retries: 2,
      batchesDelivered: 1,
      sightingsDelivered: 3,
      dropped: 0,
    });
    expect(log).toEqual([
      'trouble POST http://127.0.0.1:9/api/v1/ingest/ruuvi failed: ECONNREFUSED',
      'recovered',
    ]);
  });

  it('announces flapping trouble at most once per interval', async () => {
    const failing: PostResult = { kind: 'response', status: 500, text: '' };
    const server = scripted([failing, accepted, failing, accepted, failing, accepted, accepted]);
    const { log, events } = recordingEvents();
    const options = { ...FAST, maxInFlight: 1, troubleNoticeEveryMs: 60_000, recoveryAfterSuccesses: 1 };
    const sender = new HttpSender(server.post, new SendStats(Date.now()), events, createRandom('t'), options);
    for (let i = 0; i < 4; i++) {
      sender.submit(delivery(`F2:A0:0C:00:00:0${i}`));
    }
    await settle(150);
    expect(server.calls).toHaveLength(7);
    expect(log).toEqual(['trouble POST http://127.0.0.1:9/api/v1/ingest/ruuvi: HTTP 500', 'recovered']);
  });

  it('never retries a 4xx and reports its reason once per gateway', async () => {
    const server = scripted([
      {
        kind: 'response',
        status: 401,
        text: '{"statusCode":401,"error":"Unauthorized","message":["authorization: unknown gateway ingest key"]}',
      },
    ]);
    const stats = new SendStats(Date.now());
    const { log, events } = recordingEvents();
    const sender = new HttpSender(server.post, stats, events, createRandom('t'), FAST);
    sender.submit(delivery('F2:A0:0C:00:00:01'));
    sender.submit(delivery('F2:A0:0C:00:00:02'));
    await settle();
    expect(server.calls).toHaveLength(2);
    expect(stats.totals).toMatchObject({ responses4xx: 2, retries: 0, batchesDelivered: 0 });
    expect(log).toEqual([
      '4xx F2:A0:0C:00:00:01 401 Unauthorized: authorization: unknown gateway ingest key',
      '4xx F2:A0:0C:00:00:02 401 Unauthorized: authorization: unknown gateway ingest key',
    ]);
  });

  it('gives up after the last attempt when the API stays down', async () => {
    const server = scripted([{ kind: 'network-error', message: 'ECONNREFUSED' }]);
    const stats = new SendStats(Date.now());
    const sender = new HttpSender(server.post, stats, recordingEvents().events, createRandom('t'), FAST);
    sender.submit(delivery('F2:A0:0C:00:00:01'));
    await settle();
    expect(server.calls).toHaveLength(FAST.maxAttempts);
    expect(stats.totals).toMatchObject({ networkErrors: 4, retries: 3, dropped: 1 });
  });

  it('keeps at most maxInFlight requests open and finishes them on close', async () => {
    const server = scripted([accepted]);
    const stats = new SendStats(Date.now());
    const sender = new HttpSender(server.post, stats, recordingEvents().events, createRandom('t'), FAST);
    for (let i = 0; i < 40; i++) {
      sender.submit(delivery(`F2:A0:0C:00:00:${String(i).padStart(2, '0')}`));
    }
    expect(sender.inFlight).toBe(FAST.maxInFlight);
    expect(sender.queued).toBe(40 - FAST.maxInFlight);
    const abandoned = await sender.close(1000);
    expect(abandoned).toBe(0);
    expect(server.maxActive()).toBe(FAST.maxInFlight);
    // The in-flight ones finished; the queued ones were given up.
    expect(stats.totals.batchesDelivered).toBe(FAST.maxInFlight);
    expect(stats.totals.dropped).toBe(40 - FAST.maxInFlight);
  });

  it('counts sightings the API refused inside an accepted batch', async () => {
    const server = scripted([
      {
        kind: 'response',
        status: 202,
        text: '{"accepted":2,"rejected":[{"index":"AA","reason":"bad rssi"}],"duplicate":false}',
      },
    ]);
    const stats = new SendStats(Date.now());
    const { log, events } = recordingEvents();
    const sender = new HttpSender(server.post, stats, events, createRandom('t'), FAST);
    sender.submit(delivery('F2:A0:0C:00:00:01'));
    await settle(30);
    expect(stats.totals.sightingsRejected).toBe(1);
    expect(log).toEqual(['rejected F2:A0:0C:00:00:01 1']);
  });
});
