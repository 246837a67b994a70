import 'reflect-metadata';

import path from 'node:path';

import { loadConfig, register } from 'tsconfig-paths';

/**
 * Migrates the (fresh) test database once; `npm test` created it and set DATABASE_URL.
 * Jest loads this file outside its module resolver, so the workspace's path aliases are registered here.
 */
export default async function globalSetup(): Promise<void> {
  const tsconfig = loadConfig(path.resolve(__dirname, '../../../tsconfig.base.json'));
  if (tsconfig.resultType === 'failed') {
    throw new Error(tsconfig.message);
  }
  const unregister = register({ baseUrl: tsconfig.absoluteBaseUrl, paths: tsconfig.paths });
  try {
    const { DataSource } = await import('typeorm');
    const { loadAppConfig } = await import('../src/infra/config/app-config');
    const { dataSourceOptions } = await import('../src/infra/database/data-source-options');
    const config = loadAppConfig();
    const database = new URL(config.db.url).pathname;
    if (!/_test$/.test(database)) {
      throw new Error(`refusing to run integration tests against ${database}: not a *_test database`);
    }
    const db = await new DataSource(dataSourceOptions(config.db)).initialize();
    await db.runMigrations({ transaction: 'each' });
    await db.destroy();
  } finally {
    unregister();
  }
}
