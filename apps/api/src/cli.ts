import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { loadConfigOrExit } from './infra/config/load-or-exit';
import { dataSourceOptions } from './infra/database/data-source-options';
import { seedDemoHospital } from './seed/demo-seeder';

const USAGE = `usage: node dist/apps/api/cli.js <command>
  migrate          run every pending migration
  migrate:revert   revert the last migration (repeat to go further down)
  migrate:status   list migrations and whether each has run
  seed-demo        seed the demo hospital "Wardwatch General" into an empty database`;

async function main(command: string | undefined): Promise<number> {
  if (!command || !['migrate', 'migrate:revert', 'migrate:status', 'seed-demo'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const config = loadConfigOrExit();
  const db = await new DataSource({ ...dataSourceOptions(config.db), logging: ['error'] }).initialize();
  try {
    switch (command) {
      case 'migrate': {
        const ran = await db.runMigrations({ transaction: 'each' });
        console.log(ran.length ? `applied ${ran.map((m) => m.name).join(', ')}` : 'schema is up to date');
        return 0;
      }
      case 'migrate:revert':
        await db.undoLastMigration({ transaction: 'each' });
        console.log('reverted the last migration');
        return 0;
      case 'migrate:status': {
        const pending = await db.showMigrations();
        console.log(pending ? 'migrations are pending' : 'schema is up to date');
        return pending ? 1 : 0;
      }
      case 'seed-demo': {
        const secret = config.demo.gatewayKeySecret;
        if (!secret) {
          process.stderr.write(
            'seed-demo needs DEMO_GATEWAY_KEY_SECRET (the demo gateways derive their ingest keys from it)\n',
          );
          return 78;
        }
        const result = await seedDemoHospital(db, secret);
        console.log(
          result.seeded
            ? `seeded Wardwatch General: ${Object.entries(result.counts)
                .map(([k, v]) => `${v} ${k}`)
                .join(', ')}`
            : 'demo hospital already present; nothing changed',
        );
        return 0;
      }
      default:
        return 64;
    }
  } finally {
    await db.destroy();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
