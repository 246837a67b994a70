import { MIGRATIONS } from '@wardwatch/migrations';
import type { DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** One set of options for the app, the CLI and the tests. Schema comes from migrations only. */
export function dataSourceOptions(db: { url: string; poolMax: number }): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url: db.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    extra: { max: db.poolMax, application_name: 'wardwatch' },
  };
}
