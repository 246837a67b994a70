import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from './app.module';
import { loadConfigOrExit } from './infra/config/load-or-exit';
import { configureHttpApp } from './infra/http/configure-http-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  configureHttpApp(app);
  await app.listen(config.http.port, config.http.host);
}

void bootstrap();
