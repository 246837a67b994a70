import {
  DEFAULT_ADMIN_EMAIL,
  DEFAULT_ADMIN_PASSWORD,
  DEFAULT_SEED,
  MAX_GATEWAYS,
  MAX_TAGS,
  parseCliOptions,
  USAGE,
} from './cli-options';

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
        gateways: null,
        tags: null,
        adminEmail: DEFAULT_ADMIN_EMAIL,
        adminPassword: DEFAULT_ADMIN_PASSWORD,
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
        '--admin-email',
        'ops@example.org',
        '--admin-password',
        'pw',
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
        gateways: 5,
        tags: 50,
        adminEmail: 'ops@example.org',
        adminPassword: 'pw',
        quiet: true,
      },
    });
  });

  it('takes scale-up counts beyond the demo, up to the maxima', () => {
    const parsed = parseCliOptions(
      ['--url', 'http://x', '--secret', 's', '--tags', '20000', '--gateways', '2000'],
      {},
    );
    expect(parsed.kind === 'run' ? [parsed.options.tags, parsed.options.gateways] : parsed).toEqual([
      20000, 2000,
    ]);
    const max = parseCliOptions(
      ['--url', 'http://x', '--secret', 's', '--tags', String(MAX_TAGS), '--gateways', String(MAX_GATEWAYS)],
      {},
    );
    expect(max.kind).toBe('run');
  });

  it('takes the admin login from the environment, flags first', () => {
    const env = {
      DEMO_GATEWAY_KEY_SECRET: 's',
      SIMULATOR_ADMIN_EMAIL: 'env@example.org',
      SIMULATOR_ADMIN_PASSWORD: 'env-pw',
    };
    const fromEnv = parseCliOptions(['--url', 'http://x'], env);
    expect(fromEnv.kind === 'run' ? fromEnv.options : fromEnv).toMatchObject({
      adminEmail: 'env@example.org',
      adminPassword: 'env-pw',
    });
    const fromFlag = parseCliOptions(['--url', 'http://x', '--admin-password', 'flag-pw'], env);
    expect(fromFlag.kind === 'run' ? fromFlag.options : fromFlag).toMatchObject({
      adminEmail: 'env@example.org',
      adminPassword: 'flag-pw',
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
    [['--url', 'http://x', '--secret', 's', '--tags=-3'], '--tags must be a positive number'],
    [['--url', 'http://x', '--secret', 's', '--tags', 'many'], '--tags must be a positive number'],
    [
      ['--url', 'http://x', '--secret', 's', '--tags', String(MAX_TAGS + 1)],
      `--tags must be at most ${MAX_TAGS}`,
    ],
    [
      ['--url', 'http://x', '--secret', 's', '--gateways', String(MAX_GATEWAYS + 1)],
      `--gateways must be at most ${MAX_GATEWAYS}`,
    ],
    [['--url', 'http://x', '--secret', 's', '--admin-email', ' '], '--admin-email must not be empty'],
    [['--url', 'http://x', '--secret', 's', '--admin-password='], '--admin-password must not be empty'],
    [
      ['--url', 'http://x', '--secret', 's', '--admin-email'],
      "Option '--admin-email <value>' argument missing",
    ],
    [['--url', 'http://x', '--secret', 's', '--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j', (argv, message) => {
    const parsed = parseCliOptions(argv, {});
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' ? parsed.message : '').toContain(message);
  });

  it('lists every problem at once', () => {
    const parsed = parseCliOptions(['--tags', '0', '--gateways', 'x'], {});
    const message = parsed.kind === 'error' ? parsed.message : '';
    expect(message.split('\n')).toEqual([
      '--url is required, e.g. --url http://127.0.0.1:3000',
      '--secret is required (or set DEMO_GATEWAY_KEY_SECRET)',
      '--gateways must be a positive number, got x',
      '--tags must be a positive number, got 0',
    ]);
  });

  it('documents every flag and the benchmark example in the usage text', () => {
    for (const flag of ['--tags', '--gateways', '--admin-email', '--admin-password', '--quiet', '--seed']) {
      expect(USAGE).toContain(flag);
    }
    expect(USAGE).toContain('--url http://127.0.0.1:3000 --tags 20000 --gateways 2000');
  });
});
