import { parseArgs } from 'node:util';

export interface SimulatorOptions {
  /** Base URL of the Wardwatch API, e.g. http://127.0.0.1:3000. */
  url: string;
  secret: string;
  seed: string;
  speed: number;
  /** Stop after this many seconds; null: until SIGINT/SIGTERM. */
  durationS: number | null;
  /** How many gateways: fewer than the demo's takes the first n, more adds extra ones (null: the demo's). */
  gateways: number | null;
  /** How many tags: fewer than the demo's takes a subset, more adds extra ones (null: the demo's). */
  tags: number | null;
  /** Admin login used to register extra gateways (only needed when --gateways exceeds the demo's). */
  adminEmail: string;
  adminPassword: string;
  quiet: boolean;
}

export type CliParse =
  { kind: 'run'; options: SimulatorOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const DEFAULT_SEED = 'wardwatch-simulator';
export const DEFAULT_ADMIN_EMAIL = 'admin@wardwatch.demo';
export const DEFAULT_ADMIN_PASSWORD = 'wardwatch-demo';
export const MAX_GATEWAYS = 20_000;
export const MAX_TAGS = 200_000;

export const USAGE = `Usage: node dist/apps/simulator/main.js --url <api base url> [options]

Plays the demo hospital "Wardwatch General": its equipment moves about the wards, its tags advertise,
and every gateway posts what it hears once a second to <url>/api/v1/ingest/ruuvi in the Ruuvi Gateway
HTTP format, authenticated with its demo ingest key.

Options:
  --url <url>               Wardwatch API base URL, e.g. http://127.0.0.1:3000 (required)
  --secret <secret>         Demo gateway key secret (default: $DEMO_GATEWAY_KEY_SECRET; required)
  --seed <text>             Seed for movement, radio noise, sensor values and extra tags
                            (default: ${DEFAULT_SEED})
  --speed <factor>          Simulated seconds of movement per real second (default: 1); adverts stay real-time
  --duration <s>            Stop after this many seconds (default: run until Ctrl-C / SIGTERM)
  --gateways <n>            Up to the demo's 817: only the first n. More (at most ${MAX_GATEWAYS}): all of the
                            demo's plus extra gateways in its rooms, which are registered through the admin
                            API first (new ones registered, ones left by an earlier run given a new key)
  --tags <n>                Up to the demo's 2276: only n (with --gateways, those on its floors first). More
                            (at most ${MAX_TAGS}): all of the demo's plus extra tags like the demo's, on made-up
                            equipment the API does not know (it keeps them as unassigned tags)
  --admin-email <email>     Admin login for registering extra gateways
                            (default: $SIMULATOR_ADMIN_EMAIL or ${DEFAULT_ADMIN_EMAIL})
  --admin-password <pw>     Its password (default: $SIMULATOR_ADMIN_PASSWORD or the demo's)
  --quiet                   No progress lines; only problems and the final summary
  -h, --help                Show this help

Every 5 s a progress line shows the POSTs and sightings sent per second, the answers so far (2xx, 4xx,
5xx, network errors), the 202 latency (p50/p99), the backlog (in flight, queued, retrying, dropped),
how late the simulator itself runs and its CPU use.

Example, a benchmark load of 2000 gateways and 20000 tags:
  node dist/apps/simulator/main.js --url http://127.0.0.1:3000 --tags 20000 --gateways 2000
`;

const FLAGS = {
  url: { type: 'string' },
  secret: { type: 'string' },
  seed: { type: 'string' },
  speed: { type: 'string' },
  duration: { type: 'string' },
  gateways: { type: 'string' },
  tags: { type: 'string' },
  'admin-email': { type: 'string' },
  'admin-password': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const readFlags = (args: readonly string[]) =>
  parseArgs({ args: [...args], options: FLAGS, strict: true, allowPositionals: false }).values;

export function parseCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliParse {
  let values: ReturnType<typeof readFlags>;
  try {
    values = readFlags(argv);
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) {
    return { kind: 'help' };
  }
  const problems: string[] = [];
  const url = checkUrl(values.url, problems);
  const secret = values.secret ?? env['DEMO_GATEWAY_KEY_SECRET'] ?? '';
  if (secret.length === 0) {
    problems.push('--secret is required (or set DEMO_GATEWAY_KEY_SECRET)');
  }
  const speed = positiveNumber('--speed', values.speed, problems) ?? 1;
  if (speed > 3600) {
    problems.push('--speed must be at most 3600');
  }
  const options: SimulatorOptions = {
    url,
    secret,
    seed: values.seed ?? DEFAULT_SEED,
    speed,
    durationS: positiveNumber('--duration', values.duration, problems),
    gateways: atMost(
      '--gateways',
      positiveInteger('--gateways', values.gateways, problems),
      MAX_GATEWAYS,
      problems,
    ),
    tags: atMost('--tags', positiveInteger('--tags', values.tags, problems), MAX_TAGS, problems),
    adminEmail: nonEmpty(
      '--admin-email',
      values['admin-email'] ?? env['SIMULATOR_ADMIN_EMAIL'] ?? DEFAULT_ADMIN_EMAIL,
      problems,
    ),
    adminPassword: nonEmpty(
      '--admin-password',
      values['admin-password'] ?? env['SIMULATOR_ADMIN_PASSWORD'] ?? DEFAULT_ADMIN_PASSWORD,
      problems,
    ),
    quiet: values.quiet === true,
  };
  return problems.length > 0 ? { kind: 'error', message: problems.join('\n') } : { kind: 'run', options };
}

function checkUrl(value: string | undefined, problems: string[]): string {
  if (value === undefined) {
    problems.push('--url is required, e.g. --url http://127.0.0.1:3000');
    return '';
  }
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      problems.push(`--url must be http:// or https://, got ${value}`);
    }
  } catch {
    problems.push(`--url is not a URL: ${value}`);
  }
  return value;
}

function positiveNumber(flag: string, value: string | undefined, problems: string[]): number | null {
  if (value === undefined) {
    return null;
  }
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) {
    problems.push(`${flag} must be a positive number, got ${value}`);
    return null;
  }
  return number;
}

function positiveInteger(flag: string, value: string | undefined, problems: string[]): number | null {
  const number = positiveNumber(flag, value, problems);
  if (number !== null && !Number.isInteger(number)) {
    problems.push(`${flag} must be a whole number, got ${value}`);
    return null;
  }
  return number;
}

function atMost(flag: string, value: number | null, max: number, problems: string[]): number | null {
  if (value !== null && value > max) {
    problems.push(`${flag} must be at most ${max}, got ${value}`);
    return null;
  }
  return value;
}

function nonEmpty(flag: string, value: string, problems: string[]): string {
  if (value.trim() === '') {
    problems.push(`${flag} must not be empty`);
  }
  return value;
}
