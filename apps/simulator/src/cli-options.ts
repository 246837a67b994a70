import { parseArgs } from 'node:util';

export interface SimulatorOptions {
  /** Base URL of the Wardwatch API, e.g. http://127.0.0.1:3000. */
  url: string;
  secret: string;
  seed: string;
  speed: number;
  /** Stop after this many seconds; null: until SIGINT/SIGTERM. */
  durationS: number | null;
  gatewayLimit: number | null;
  tagLimit: number | null;
  quiet: boolean;
}

export type CliParse =
  { kind: 'run'; options: SimulatorOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const DEFAULT_SEED = 'wardwatch-simulator';

export const USAGE = `Usage: node dist/apps/simulator/main.js --url <api base url> [options]

Plays the demo hospital "Wardwatch General": its equipment moves about the wards, its tags advertise,
and every gateway posts what it hears once a second to <url>/api/v1/ingest/ruuvi in the Ruuvi Gateway
HTTP format, authenticated with its demo ingest key.

Options:
  --url <url>         Wardwatch API base URL, e.g. http://127.0.0.1:3000 (required)
  --secret <secret>   Demo gateway key secret (default: $DEMO_GATEWAY_KEY_SECRET; required)
  --seed <text>       Seed for movement, radio noise and sensor values (default: ${DEFAULT_SEED})
  --speed <factor>    Simulated seconds of movement per real second (default: 1); adverts stay real-time
  --duration <s>      Stop after this many seconds (default: run until Ctrl-C / SIGTERM)
  --gateways <n>      Only the first n gateways
  --tags <n>          Only n tags (with --gateways, those on its floors first)
  --quiet             No progress lines; only problems and the final summary
  -h, --help          Show this help
`;

const FLAGS = {
  url: { type: 'string' },
  secret: { type: 'string' },
  seed: { type: 'string' },
  speed: { type: 'string' },
  duration: { type: 'string' },
  gateways: { type: 'string' },
  tags: { type: 'string' },
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
    gatewayLimit: positiveInteger('--gateways', values.gateways, problems),
    tagLimit: positiveInteger('--tags', values.tags, problems),
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
