import { DynamicModule, Global, Module } from '@nestjs/common';

import type { AppConfig } from './app-config';

/** Injection token for the typed AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Provides the configuration that the entry point validated before Nest started. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
