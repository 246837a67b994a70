import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** `point.0 must be a number`: every failed constraint, named by its full property path. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => {
      if (message.startsWith(error.property)) {
        return `${path}${message.slice(error.property.length)}`;
      }
      // 'property colour should not exist' already names the field.
      return message.includes(error.property) ? message : `${path}: ${message}`;
    });
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** Strict DTO validation: unknown fields are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new BadRequestException(flattenValidationErrors(errors)),
  });
}
