// The load: a child process in which each of N gateways (hubs) posts telemetry batches to
// `POST /api/v1/ingest/telemetry` one after another (one request in flight per gateway), as fast as they
// are answered, while the orchestrator keeps the gate open. Each gateway has its own sensors; a batch holds
// the next `batch` readings of those sensors in time order, one reading per sensor every `intervalMs` (10 s,
// the rate the product stores beacon telemetry at), starting `startAt` (in the past), so every reading is new. Counters go to the parent every second over IPC.
import http from 'node:http';

const hex2 = (n) => (n & 0xff).toString(16).toUpperCase().padStart(2, '0');
/** Sensor `s` of gateway `g`: distinct from the report's sensors (BE:7E:…) and the demo's. */
const sensorMac = (g, s) => `BE:7F:${hex2(g >> 8)}:${hex2(g)}:${hex2(s >> 8)}:${hex2(s)}`;

let config = null;
let loops = null;
let gateOpen = false;
let stopping = false;
const counters = {
  posts: 0,
  readingsSent: 0,
  readingsAccepted: 0,
  rejected: 0,
  duplicates: 0,
  status4xx: 0,
  status5xx: 0,
  networkErrors: 0,
  exhausted: 0,
  latenciesMs: [],
  lastError: null,
};

// A reading's temperature and humidity repeat every VALUE_PERIOD readings (k·7919 mod 400, k·104729 mod 1000):
// their text is made once, so building a body costs the poster little of the machine the API shares.
const VALUE_PERIOD = 2000;
const VALUE_TEXTS = Array.from({ length: VALUE_PERIOD }, (_, k) => {
  const t = (4 + ((k * 7919) % 400) / 100).toFixed(2);
  const h = (40 + ((k * 104729) % 1000) / 100).toFixed(2);
  return `,"temperature":{"value":${t},"unit":"°C"},"humidity":{"value":${h},"unit":"%"}}`;
});

/** The body of a gateway's next batch, built as a string (readings in time order, sensors round-robin). */
function body(gateway, state) {
  const parts = new Array(config.batch);
  let step = -1;
  let atText = '';
  for (let i = 0; i < config.batch; i++) {
    const k = state.next + i;
    const sensor = k % config.sensorsPerGateway;
    const kStep = Math.floor(k / config.sensorsPerGateway);
    if (kStep !== step) {
      step = kStep;
      atText = String(config.startAt + step * config.intervalMs);
    }
    parts[i] = state.prefixes[sensor] + atText + VALUE_TEXTS[k % VALUE_PERIOD];
  }
  state.next += config.batch;
  state.sequence += 1;
  const lastAt = config.startAt + Math.floor((state.next - 1) / config.sensorsPerGateway) * config.intervalMs;
  return {
    text: `{"source":"${gateway.mac}","sentAt":${Date.now()},"sequence":${state.sequence},"readings":[${parts.join(',')}]}`,
    lastAt,
  };
}

function post(agent, url, authorization, text) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
          authorization,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            text: Buffer.concat(chunks).toString(),
            ms: performance.now() - started,
          }),
        );
        res.on('error', (error) => resolve({ status: 0, error, ms: performance.now() - started }));
      },
    );
    req.on('error', (error) => resolve({ status: 0, error, ms: performance.now() - started }));
    req.end(text);
  });
}

async function gatewayLoop(gateway, g) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const state = {
    next: 0,
    sequence: config.sequenceBase,
    prefixes: Array.from(
      { length: config.sensorsPerGateway },
      (_, s) => `{"sensor":"${sensorMac(g, s)}","at":`,
    ),
  };
  while (!stopping) {
    if (!gateOpen) {
      await new Promise((r) => setTimeout(r, 10));
      continue;
    }
    const { text, lastAt } = body(gateway, state);
    if (lastAt > Date.now()) {
      // This gateway has sent every reading up to now; it would have to invent future ones.
      counters.exhausted += 1;
      return;
    }
    let answer = await post(agent, config.url, gateway.authorization, text);
    if (answer.status === 0 && answer.error?.code === 'ECONNRESET') {
      // A keep-alive socket closed by the server as it was reused; the sequence makes a resend a no-op.
      answer = await post(agent, config.url, gateway.authorization, text);
    }
    counters.posts += 1;
    counters.readingsSent += config.batch;
    counters.latenciesMs.push(answer.ms);
    if (answer.status === 202) {
      const result = JSON.parse(answer.text);
      counters.readingsAccepted += result.accepted;
      counters.rejected += result.rejected.length;
      counters.duplicates += result.duplicate ? 1 : 0;
    } else if (answer.status >= 400 && answer.status < 500) {
      counters.status4xx += 1;
      counters.lastError = `${answer.status} ${answer.text.slice(0, 200)}`;
    } else if (answer.status >= 500) {
      counters.status5xx += 1;
      counters.lastError = `${answer.status} ${answer.text.slice(0, 200)}`;
    } else {
      counters.networkErrors += 1;
      counters.lastError = answer.error?.message ?? `status ${answer.status}`;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  agent.destroy();
}

function report() {
  const { latenciesMs, ...rest } = counters;
  counters.latenciesMs = [];
  process.send?.({ type: 'stats', ...rest, latenciesMs });
}

process.on('message', (message) => {
  if (message?.type === 'init') {
    config = message;
    loops = Promise.all(config.gateways.map((gateway, g) => gatewayLoop(gateway, g)));
    setInterval(report, 1000).unref();
    process.send?.({ type: 'ready' });
  } else if (message?.type === 'gate') {
    gateOpen = message.open;
  } else if (message?.type === 'stop') {
    // Every gateway finishes the request it has in flight, then the last counters go out.
    stopping = true;
    gateOpen = false;
    void loops.then(() => {
      report();
      process.send?.({ type: 'stopped' });
    });
  }
});
process.on('disconnect', () => process.exit(0));
