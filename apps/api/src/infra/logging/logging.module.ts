import { randomUUID } from 'node:crypto';

import { Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** A caller's X-Request-Id when it is sane, else a new UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The first middleware: every request, even one whose body fails to parse, gets an id and echoes it. */
export function assignRequestId(
  req: IncomingMessage & { id?: string },
  res: ServerResponse,
  next: () => void,
): void {
  req.id = requestIdFor(req);
  res.setHeader('X-Request-Id', req.id);
  next();
}

/** Structured JSON logs (pino) with a request id on every line; secrets are redacted. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.log.level,
          // assignRequestId (the first middleware) has set it; pino-http reuses it.
          genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? requestIdFor(req),
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.body.password',
              '*.password',
              '*.ingestKey',
            ],
            censor: '[redacted]',
          },
          // Enough to trace a request; headers and bodies stay out of the log.
          serializers: {
            req: (req: { id: unknown; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: { ignore: (req) => req.url === '/api/health' },
          customLogLevel: (_req, res, err) =>
            err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        },
      }),
    }),
  ],
})
export class LoggingModule {}
