import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiErrorBody } from '@wardwatch/contracts';
import type { Request, Response } from 'express';

const errorName = (status: number): string => HttpStatus[status]?.replace(/_/g, ' ') ?? 'Error';

/** Every error leaves as `{ statusCode, error, message: string[], requestId }`; 5xx details stay in the log. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<Request & { id?: string | number }>();
    const response = ctx.getResponse<Response>();
    const body = this.toBody(exception);
    body.requestId = request.id === undefined ? undefined : String(request.id);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'unhandled error');
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (!(exception instanceof HttpException)) {
      return { statusCode: 500, error: errorName(500), message: ['internal error; see the server log'] };
    }
    const status = exception.getStatus();
    const raw = exception.getResponse();
    const message =
      typeof raw === 'string' ? raw : ((raw as { message?: string | string[] }).message ?? exception.message);
    return {
      statusCode: status,
      error: errorName(status),
      message: Array.isArray(message) ? message : [message],
    };
  }
}
