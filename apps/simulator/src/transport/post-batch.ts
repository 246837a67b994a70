/** The outcome of one POST: an HTTP status with its body text, or a failure before any response. */
export type PostResult =
  { kind: 'response'; status: number; text: string } | { kind: 'network-error'; message: string };

export type PostBatch = (
  url: string,
  authorization: string,
  body: string,
  timeoutMs: number,
) => Promise<PostResult>;

/**
 * POST with Node's global fetch. Its built-in dispatcher keeps connections alive and reuses them, and the
 * sender caps how many requests are in flight, so no agent of our own is needed.
 */
export const fetchPostBatch: PostBatch = async (url, authorization, body, timeoutMs) => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { kind: 'response', status: response.status, text: await response.text() };
  } catch (error) {
    return { kind: 'network-error', message: describeNetworkError(error) };
  }
};

/** 'ECONNREFUSED 127.0.0.1:3000', 'timed out', …: the useful part of what fetch throws. */
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
