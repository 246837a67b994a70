import { ValidationError } from '@nestjs/common';

import { flattenValidationErrors } from './validation.pipe';

function error(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return { property, constraints, children };
}

describe('flattenValidationErrors', () => {
  it('names nested fields by their full path', () => {
    const errors = [
      error('email', { isEmail: 'email must be an email' }),
      error('point', undefined, [
        error('0', { isNumber: '0 must be a number conforming to the specified constraints' }),
      ]),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      'email must be an email',
      'point.0 must be a number conforming to the specified constraints',
    ]);
  });

  it('prefixes messages that do not start with the field name', () => {
    expect(flattenValidationErrors([error('q', { c: 'must be short' })])).toEqual(['q: must be short']);
    expect(flattenValidationErrors([error('sort', { w: 'property sort should not exist' })])).toEqual([
      'property sort should not exist',
    ]);
  });
});
