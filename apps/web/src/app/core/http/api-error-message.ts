import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@wardwatch/contracts';

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'message' in body;
}

/** Turns a failed request into one sentence a person can act on. */
export function apiErrorMessage(error: unknown, fallback: string): string {
  if (!(error instanceof HttpErrorResponse)) {
    return fallback;
  }
  if (error.status === 0) {
    return 'Cannot reach the Wardwatch server. Check the network connection and try again.';
  }
  if (error.status === 403) {
    return 'Your role is not allowed to do this.';
  }
  const body: unknown = error.error;
  if (isApiErrorBody(body)) {
    const messages = Array.isArray(body.message) ? body.message : [String(body.message)];
    const text = messages.filter((m) => typeof m === 'string' && m.trim() !== '').join('. ');
    if (text) {
      return text;
    }
  }
  if (error.status >= 500) {
    return `${fallback} The server reported an error (${error.status}).`;
  }
  return fallback;
}
