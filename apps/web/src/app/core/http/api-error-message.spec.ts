import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorMessage } from './api-error-message';

const error = (status: number, body: unknown) => new HttpErrorResponse({ status, error: body });

describe('apiErrorMessage', () => {
  it('joins the server messages', () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: ['mac must be a MAC address', 'name is required'],
    };
    expect(apiErrorMessage(error(400, body), 'fallback')).toBe('mac must be a MAC address. name is required');
  });

  it('explains an unreachable server', () => {
    expect(apiErrorMessage(error(0, null), 'fallback')).toMatch(/Cannot reach/);
  });

  it('explains a refused role', () => {
    expect(apiErrorMessage(error(403, { message: ['Forbidden resource'] }), 'fallback')).toMatch(/role/);
  });

  it('falls back when there is no usable message', () => {
    expect(apiErrorMessage(error(404, 'Not Found'), 'Could not load.')).toBe('Could not load.');
    expect(apiErrorMessage(new Error('boom'), 'Could not load.')).toBe('Could not load.');
    expect(apiErrorMessage(error(502, null), 'Could not load.')).toBe(
      'Could not load. The server reported an error (502).',
    );
  });
});
