import 'reflect-metadata';

import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';

import { AppModule } from '../src/app.module';
import { loadAppConfig, type AppConfig } from '../src/infra/config/app-config';
import { configureHttpApp } from '../src/infra/http/configure-http-app';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  db: DataSource;
  config: AppConfig;
  close: () => Promise<void>;
}

/** The real AppModule, configured as main.ts does, against the test database and Redis. */
export async function createTestApp(adjust: (config: AppConfig) => AppConfig = (c) => c): Promise<TestApp> {
  const config = adjust(loadAppConfig());
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureHttpApp(app);
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    db: app.get(DataSource),
    config,
    close: () => app.close(),
  };
}

/**
 * Empties every table of the schema but the migrations' own, in one statement: also those no entity maps
 * (raw telemetry, rollup deltas, batch identities), so nothing one spec left behind is folded into the next.
 */
export async function truncateAll(db: DataSource): Promise<void> {
  const rows: { name: string }[] = await db.query(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND c.relname <> $1`,
    [db.options.migrationsTableName ?? 'migrations'],
  );
  await db.query(`TRUNCATE ${rows.map((r) => r.name).join(', ')} RESTART IDENTITY CASCADE`);
}
