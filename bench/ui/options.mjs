// Command-line options of `node bench/ui/run.mjs`.
import { parseArgs } from 'node:util';

export const USAGE = `Usage: node bench/ui/run.mjs [options]

Draws a demo ward floor with N asset markers in headless Chromium, twice per round: with our
AssetMarkerLayer ("wardwatch") and with plain Leaflet circle markers on L.canvas() (the limit).
Measures the time to the first painted frame and the frame rate while markers move.

  --markers <n>      markers on the floor (default 10000)
  --rate <n>         position changes per second during the frame-rate phase (default 1000)
  --duration <s>     length of the frame-rate phase, seconds (default 10)
  --batch-ms <ms>    changes are applied in batches this often (default 100, the server's realtime tick)
  --rounds <n>       rounds; each loads both pages fresh, the order alternating (default 3)
  --uncapped         also run every round with Chromium's frame-rate limit and vsync off
                     (--disable-frame-rate-limit --disable-gpu-vsync), to see the headroom above 60 fps
  --quick            smoke run: 1 round, 5 s phase; does not touch docs/benchmarks.md
  --quiet-below <%>  before each visit, wait until other processes use less than this share of one core
                     (default 25; the machine is shared), but no longer than --quiet-wait seconds
  --quiet-wait <s>   longest wait for that (default 60; 0 to not wait)
  --seed <n>         markers and moves seed (default 1)
  --chromium <path>  Chromium binary (default /usr/lib/chromium/chromium, else /usr/bin/chromium)
  --screenshots <dir>  keep a screenshot of each page after its first paint and after the moves
  -h, --help         this text
`;

const FLAGS = {
  markers: { type: 'string' },
  rate: { type: 'string' },
  duration: { type: 'string' },
  'batch-ms': { type: 'string' },
  rounds: { type: 'string' },
  uncapped: { type: 'boolean' },
  quick: { type: 'boolean' },
  seed: { type: 'string' },
  'quiet-below': { type: 'string' },
  'quiet-wait': { type: 'string' },
  chromium: { type: 'string' },
  screenshots: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

function number(values, flag, fallback, { min = 1, max = Infinity } = {}) {
  const raw = values[flag];
  if (raw === undefined) {
    return fallback;
  }
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`--${flag} must be a whole number from ${min} to ${max}, got ${raw}`);
  }
  return n;
}

export function parseOptions(argv) {
  const { values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false });
  if (values.help) {
    return null;
  }
  const quick = values.quick === true;
  return {
    quick,
    markers: number(values, 'markers', 10_000, { max: 200_000 }),
    rate: number(values, 'rate', 1000, { max: 100_000 }),
    durationS: number(values, 'duration', quick ? 5 : 10, { max: 600 }),
    batchMs: number(values, 'batch-ms', 100, { min: 4, max: 5000 }),
    rounds: number(values, 'rounds', quick ? 1 : 3, { max: 50 }),
    uncapped: values.uncapped === true,
    seed: number(values, 'seed', 1, { min: 0 }),
    quietBelowPct: number(values, 'quiet-below', 25, { max: 200 }),
    quietWaitS: number(values, 'quiet-wait', quick ? 10 : 60, { min: 0, max: 3600 }),
    chromium: values.chromium ?? null,
    screenshots: values.screenshots ?? null,
  };
}
