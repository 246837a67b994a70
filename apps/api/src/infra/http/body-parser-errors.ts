import { HttpException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** body-parser's errors carry an HTTP status and a `type` such as 'entity.parse.failed'. */
interface BodyParserError {
  status: number;
  type: string;
  message: string;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as BodyParserError).type === 'string' &&
  typeof (error as BodyParserError).status === 'number';

function describe(error: BodyParserError): string {
  switch (error.type) {
    case 'entity.parse.failed':
      return `body is not valid JSON (${error.message})`;
    case 'entity.too.large':
      return 'body is too large';
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return `body encoding is not supported (${error.message})`;
    default:
      return `body could not be read (${error.message})`;
  }
}

/** Express error middleware placed after the body parsers: their failures become 4xx with the reason. */
export function bodyParserErrors(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  if (isBodyParserError(error) && error.status >= 400 && error.status < 500) {
    next(new HttpException({ message: [describe(error)] }, error.status));
    return;
  }
  next(error);
}
