import { existsSync } from 'node:fs';
import path from 'node:path';

import { DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';

/** Serves the built Angular app at / (one URL for UI and API); /api stays the API's. */
@Module({})
export class WebAppModule {
  static register(dir: string): DynamicModule {
    const rootPath = dir ? path.resolve(dir) : '';
    if (!rootPath || !existsSync(path.join(rootPath, 'index.html'))) {
      new Logger(WebAppModule.name).warn({ webDistDir: dir }, 'no built web app found; serving the API only');
      return { module: WebAppModule };
    }
    return {
      module: WebAppModule,
      imports: [ServeStaticModule.forRoot({ rootPath, exclude: ['/api/{*rest}', '/socket.io/{*rest}'] })],
    };
  }
}
