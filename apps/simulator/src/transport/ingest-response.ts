/** Reading the API's answers: `{ statusCode, error, message: string[] }` on errors, `{ accepted, rejected[] }` on 202. */

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A one-line reason for an error response. */
export function errorReason(status: number, text: string): string {
  const body = parseJson(text);
  if (isRecord(body)) {
    const message = body['message'];
    const parts = Array.isArray(message) ? message.filter((m): m is string => typeof m === 'string') : [];
    if (typeof message === 'string') {
      parts.push(message);
    }
    const error = typeof body['error'] === 'string' ? body['error'] : `HTTP ${status}`;
    if (parts.length > 0) {
      return `${status} ${error}: ${parts.join('; ')}`;
    }
  }
  const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return snippet.length > 0 ? `${status}: ${snippet}` : `HTTP ${status}`;
}

/** Sightings refused inside an accepted batch, with the first reason given. */
export function rejectedSightings(text: string): { count: number; firstReason: string | null } {
  const body = parseJson(text);
  const rejected = isRecord(body) ? body['rejected'] : null;
  if (!Array.isArray(rejected) || rejected.length === 0) {
    return { count: 0, firstReason: null };
  }
  const first: unknown = rejected[0];
  const reason = isRecord(first) && typeof first['reason'] === 'string' ? first['reason'] : null;
  return { count: rejected.length, firstReason: reason };
}
