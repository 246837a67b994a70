import http from 'node:http';
import https from 'node:https';

/** The outcome of one POST: an HTTP status with its body text, or a failure before any response. */
export type PostResult =
  { kind: 'response'; status: number; text: string } | { kind: 'network-error'; message: string };

export type PostBatch = (
  url: string,
  authorization: string,
  body: string | Buffer,
  timeoutMs: number,
) => Promise<PostResult>;

/**
 * POST with node:http(s) over keep-alive connections, at most `maxSockets` of them (the sender caps the
 * requests in flight anyway). Cheaper than the global fetch by a wide margin: at 2000 POSTs of 32 KB a
 * second, about 15 % of a core against 65 %. `timeoutMs` bounds the whole request.
 */
export function createHttpPostBatch(maxSockets: number): PostBatch {
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets }),
    https: new https.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets }),
  };
  const urls = new Map<string, URL>();
  return (url, authorization, body, timeoutMs) =>
    new Promise<PostResult>((resolve) => {
      let target = urls.get(url);
      if (target === undefined) {
        target = new URL(url);
        urls.set(url, target);
      }
      const secure = target.protocol === 'https:';
      const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      const fail = (error: unknown): void => {
        clearTimeout(timer);
        resolve({ kind: 'network-error', message: describeNetworkError(error) });
      };
      const request = (secure ? https : http).request(
        target,
        {
          method: 'POST',
          agent: secure ? agents.https : agents.http,
          headers: {
            'content-type': 'application/json',
            'content-length': payload.length,
            authorization,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', fail);
          response.on('end', () => {
            clearTimeout(timer);
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ kind: 'response', status: response.statusCode ?? 0, text });
          });
        },
      );
      const timer = setTimeout(() => request.destroy(new TimeoutError()), timeoutMs);
      request.on('error', fail);
      request.end(payload);
    });
}

class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor() {
    super('timed out');
  }
}

/** 'ECONNREFUSED 127.0.0.1:3000', 'timed out', …: the useful part of what node:http or fetch throws. */
export function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  if (error.name === 'TimeoutError' || error.name === 'AbortError') {
    return 'timed out';
  }
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : null;
    return code !== null && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
  }
  return error.message;
}
