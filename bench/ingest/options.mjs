// Command-line options of `node bench/ingest/run.mjs`.
import { parseArgs } from 'node:util';

export const USAGE = `Usage: node bench/ingest/run.mjs [options]

Drives the whole ingest pipeline (API → BullMQ → worker → Redis pub/sub → socket.io) on 127.0.0.1 with
simulated gateway traffic, then a bare Node HTTP server with the same bodies (the limit).

  --duration <s>        latency and throughput phases, seconds (default 60)
  --warmup <s>          warm-up at the latency rate before measuring (default 15)
  --quick               short smoke run: 15 s phases, 5 s warm-up, 10 s steps and limit
  --rate <n>            throughput target, sightings/s (default 50000)
  --latency-rate <n>    latency phase rate, sightings/s (default 10000)
  --tags <n>            simulated tags (default 5000)
  --gateways <n>        gateways posting (default 817, the demo's; more are registered through the API)
  --moving <share>      share of tags moving between rooms (default 0.03)
  --workers <n>         worker processes (default 1)
  --step-duration <s>   each step of the step-down search (default 25)
  --limit-duration <s>  closed-loop run against the bare server (default 25)
  --concurrency <n>     requests in flight for closed-loop runs (default 64)
  --sockets <n>         connections for open-loop runs (default 256)
  --max-drain <s>       longest wait for the queue to drain after a phase (default 300)
  --seed <n>            traffic seed (default 1)
  --env KEY=VALUE       extra environment for the API and workers (repeatable), e.g. REALTIME_TICK_MS=50
  --skip-build          use the existing dist/apps/api build
  -h, --help            this text
`;

const FLAGS = {
  duration: { type: 'string' },
  warmup: { type: 'string' },
  quick: { type: 'boolean' },
  rate: { type: 'string' },
  'latency-rate': { type: 'string' },
  tags: { type: 'string' },
  gateways: { type: 'string' },
  moving: { type: 'string' },
  workers: { type: 'string' },
  'step-duration': { type: 'string' },
  'limit-duration': { type: 'string' },
  concurrency: { type: 'string' },
  sockets: { type: 'string' },
  'max-drain': { type: 'string' },
  seed: { type: 'string' },
  env: { type: 'string', multiple: true },
  'skip-build': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/** A numeric option within bounds, or `fallback` when absent (also used by bench/telemetry). */
export function number(values, flag, fallback, { min = 1, max = Infinity, integer = true } = {}) {
  const raw = values[flag];
  if (raw === undefined) {
    return fallback;
  }
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new Error(`--${flag} must be a${integer ? ' whole' : ''} number from ${min} to ${max}, got ${raw}`);
  }
  return n;
}

/** `--env KEY=VALUE` as [key, value] (also used by bench/telemetry). */
export function keyValue(text) {
  const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(text);
  if (!match) {
    throw new Error(`--env must be KEY=VALUE, got ${text}`);
  }
  return [match[1], match[2]];
}

export function parseOptions(argv) {
  const { values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false });
  if (values.help) {
    return null;
  }
  const quick = values.quick === true;
  return {
    quick,
    durationS: number(values, 'duration', quick ? 15 : 60, { max: 3600 }),
    warmupS: number(values, 'warmup', quick ? 5 : 15, { max: 600 }),
    rate: number(values, 'rate', 50_000, { max: 1_000_000 }),
    latencyRate: number(values, 'latency-rate', 10_000, { max: 1_000_000 }),
    tags: number(values, 'tags', 5000, { max: 1_000_000 }),
    gateways: number(values, 'gateways', 817, { max: 20_000 }),
    movingShare: number(values, 'moving', 0.03, { min: 0, max: 1, integer: false }),
    workers: number(values, 'workers', 1, { max: 8 }),
    stepDurationS: number(values, 'step-duration', quick ? 10 : 25, { max: 600 }),
    limitDurationS: number(values, 'limit-duration', quick ? 10 : 25, { max: 600 }),
    concurrency: number(values, 'concurrency', 64, { max: 4096 }),
    sockets: number(values, 'sockets', 256, { max: 4096 }),
    maxDrainS: number(values, 'max-drain', quick ? 60 : 300, { max: 3600 }),
    seed: number(values, 'seed', 1, { min: 0 }),
    skipBuild: values['skip-build'] === true,
    appEnv: Object.fromEntries((values.env ?? []).map(keyValue)),
  };
}
