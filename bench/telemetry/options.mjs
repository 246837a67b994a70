// Command-line options of `node bench/telemetry/run.mjs`.
import { parseArgs } from 'node:util';

import { keyValue, number } from '../ingest/options.mjs';

export const USAGE = `Usage: node bench/telemetry/run.mjs [options]

Part 1, ingest: gateways post telemetry batches to POST /api/v1/ingest/telemetry for a while; readings
stored per second (rows committed in \`telemetry\`) beside a plain COPY of the same rows into an identical
partitioned table (the limit). Part 2, the compliance report: a year of one-minute readings for 200 units
generated in SQL, then GET /api/v1/compliance/report for all of them over the year, first with nothing
stored (cold) and then as served once the days are stored.

  --quick               smoke run: 15 s ingest, 20 units × 30 days; does not touch docs/benchmarks.md
  --duration <s>        ingest measuring window, seconds (default 60)
  --warmup <s>          ingest warm-up before the window (default 10)
  --gateways <n>        gateways posting at once, one request in flight each (default 8)
  --batch <n>           readings per POST (default 5000, the most the API takes in one POST)
  --sensors <n>         sensors per gateway (default 100)
  --interval <s>        seconds between a sensor's readings (default 10, the rate beacon telemetry is stored at)
  --limit-runs <n>      times the limit's COPY is timed; the ratio is against the median (default 3)
  --max-backlog <n>     posting pauses while this many ingest jobs wait or run (default 64)
  --max-drain <s>       longest wait for the queue to drain after the window (default 300)
  --workers <n>         worker processes (default 1)
  --units <n>           monitored units for the report (default 200)
  --days <n>            days of one-minute readings and of the report (default 365; at most 367)
  --connections <n>     connections generating the readings in parallel (default 2)
  --cold-budget <min>   longest wait for the cold report; past it the API is restarted, the rate so far
                        gives an estimate, and the bench stores the remaining days itself (default 20)
  --served-runs <n>     timed runs of the served report, JSON and CSV each (default 3)
  --quiet-wait <s>      before each timed part, wait up to this long for other processes on the machine
                        to use < 25 % of a core (default 60)
  --skip-ingest         only the report part
  --skip-report         only the ingest part
  --keep                keep the generated data (otherwise the big tables are emptied at the end)
  --env KEY=VALUE       extra environment for the API and workers (repeatable), e.g. DB_POOL_MAX=20
  --skip-build          use the existing dist/apps/api build
  --docs-from <file>    write the parts measured in a results file (bench/telemetry/results/…) into
                        docs/benchmarks.md, and nothing else
  -h, --help            this text
`;

const FLAGS = {
  quick: { type: 'boolean' },
  duration: { type: 'string' },
  warmup: { type: 'string' },
  gateways: { type: 'string' },
  batch: { type: 'string' },
  sensors: { type: 'string' },
  interval: { type: 'string' },
  'limit-runs': { type: 'string' },
  'max-backlog': { type: 'string' },
  'max-drain': { type: 'string' },
  workers: { type: 'string' },
  units: { type: 'string' },
  days: { type: 'string' },
  connections: { type: 'string' },
  'cold-budget': { type: 'string' },
  'served-runs': { type: 'string' },
  'quiet-wait': { type: 'string' },
  'skip-ingest': { type: 'boolean' },
  'skip-report': { type: 'boolean' },
  keep: { type: 'boolean' },
  env: { type: 'string', multiple: true },
  'skip-build': { type: 'boolean' },
  'docs-from': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export const FULL_SIZE = { units: 200, days: 365 };

export function parseOptions(argv) {
  const { values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false });
  if (values.help) {
    return null;
  }
  const quick = values.quick === true;
  const options = {
    docsFrom: values['docs-from'] ?? null,
    quick,
    durationS: number(values, 'duration', quick ? 15 : 60, { max: 3600 }),
    warmupS: number(values, 'warmup', quick ? 5 : 10, { min: 0, max: 600 }),
    gateways: number(values, 'gateways', 8, { max: 817 }),
    batch: number(values, 'batch', 5000, { max: 5000 }),
    sensorsPerGateway: number(values, 'sensors', 100, { max: 5000 }),
    intervalS: number(values, 'interval', 10, { min: 1, max: 3600 }),
    limitRuns: number(values, 'limit-runs', quick ? 1 : 3, { max: 9 }),
    maxBacklog: number(values, 'max-backlog', 64, { max: 100_000 }),
    maxDrainS: number(values, 'max-drain', quick ? 60 : 300, { max: 3600 }),
    workers: number(values, 'workers', 1, { max: 8 }),
    units: number(values, 'units', quick ? 20 : FULL_SIZE.units, { max: 500 }),
    days: number(values, 'days', quick ? 30 : FULL_SIZE.days, { max: 367 }),
    connections: number(values, 'connections', 2, { max: 16 }),
    coldBudgetMin: number(values, 'cold-budget', quick ? 5 : 20, { min: 0.1, max: 24 * 60, integer: false }),
    servedRuns: number(values, 'served-runs', quick ? 1 : 3, { max: 20 }),
    quietWaitS: number(values, 'quiet-wait', quick ? 10 : 60, { min: 0, max: 3600 }),
    skipIngest: values['skip-ingest'] === true,
    skipReport: values['skip-report'] === true,
    keep: values.keep === true,
    skipBuild: values['skip-build'] === true,
    appEnv: Object.fromEntries((values.env ?? []).map(keyValue)),
  };
  if (options.skipIngest && options.skipReport) {
    throw new Error('--skip-ingest and --skip-report together leave nothing to run');
  }
  return options;
}
