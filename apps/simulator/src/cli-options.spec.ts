import { DEFAULT_SEED, parseCliOptions } from './cli-options';

describe('parseCliOptions', () => {
  it('takes the secret from the environment and defaults the rest', () => {
    expect(
      parseCliOptions(['--url', 'http://127.0.0.1:3000'], { DEMO_GATEWAY_KEY_SECRET: 'from-env' }),
    ).toEqual({
      kind: 'run',
      options: {
        url: 'http://127.0.0.1:3000',
        secret: 'from-env',
        seed: DEFAULT_SEED,
        speed: 1,
        durationS: null,
        gatewayLimit: null,
        tagLimit: null,
        quiet: false,
      },
    });
  });

  it('reads every flag', () => {
    const parsed = parseCliOptions(
      [
        '--url=https://ww.example',
        '--secret',
        's',
        '--seed',
        'x',
        '--speed',
        '30',
        '--duration',
        '20',
        '--gateways',
        '5',
        '--tags',
        '50',
        '--quiet',
      ],
      {},
    );
    expect(parsed).toEqual({
      kind: 'run',
      options: {
        url: 'https://ww.example',
        secret: 's',
        seed: 'x',
        speed: 30,
        durationS: 20,
        gatewayLimit: 5,
        tagLimit: 50,
        quiet: true,
      },
    });
  });

  it('asks for help', () => {
    expect(parseCliOptions(['-h'], {})).toEqual({ kind: 'help' });
  });

  it.each([
    [[], 'url is required'],
    [['--url', 'http://x'], 'secret is required'],
    [['--url', 'ftp://x', '--secret', 's'], 'http:// or https://'],
    [['--url', 'http://x', '--secret', 's', '--speed', '0'], '--speed must be a positive number'],
    [['--url', 'http://x', '--secret', 's', '--gateways', '2.5'], '--gateways must be a whole number'],
    [['--url', 'http://x', '--secret', 's', '--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j', (argv, message) => {
    const parsed = parseCliOptions(argv, {});
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' ? parsed.message : '').toContain(message);
  });
});
