import type {
  GatewayDto,
  LoginRequest,
  RegisterGatewayRequest,
  RegisterGatewayResponse,
} from '@wardwatch/contracts';
import { errorReason } from '../transport/ingest-response';
import { describeNetworkError } from '../transport/post-batch';

/** The part of `fetch` the admin client uses (the global fetch fits; tests pass a fake). */
export type Fetch = (
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{ status: number; text(): Promise<string> }>;

/** An admin call that failed for good: `status` is null when no answer came. */
export class AdminApiError extends Error {
  constructor(
    readonly status: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

export interface AdminApiOptions {
  /** Attempts per call when the API cannot be reached or answers 5xx (it may be starting). */
  attempts: number;
  firstBackoffMs: number;
  timeoutMs: number;
}

const DEFAULTS: AdminApiOptions = { attempts: 5, firstBackoffMs: 500, timeoutMs: 15_000 };

/**
 * The few admin routes the simulator needs to register extra gateways: log in, list gateways, register
 * one, issue a new key for one. Retries unreachable/5xx with backoff; 4xx are final.
 */
export class AdminApi {
  private token: string | null = null;
  private readonly base: string;
  private readonly options: AdminApiOptions;

  constructor(
    baseUrl: string,
    private readonly fetch: Fetch = globalThis.fetch,
    options: Partial<AdminApiOptions> = {},
  ) {
    this.base = `${baseUrl.replace(/\/+$/, '')}/api/v1`;
    this.options = { ...DEFAULTS, ...options };
  }

  async login(email: string, password: string): Promise<void> {
    const body: LoginRequest = { email, password };
    const answer = await this.call('POST', '/auth/login', body);
    if (!isRecord(answer) || typeof answer['accessToken'] !== 'string') {
      throw new AdminApiError(null, 'POST /auth/login: the answer has no accessToken');
    }
    this.token = answer['accessToken'];
  }

  async listGateways(floorId?: string): Promise<GatewayDto[]> {
    const query = floorId === undefined ? '' : `?floorId=${encodeURIComponent(floorId)}`;
    const answer = await this.call('GET', `/gateways${query}`);
    if (!Array.isArray(answer) || !answer.every(isGateway)) {
      throw new AdminApiError(null, 'GET /gateways: the answer is not a list of gateways');
    }
    return answer;
  }

  async registerGateway(request: RegisterGatewayRequest): Promise<RegisterGatewayResponse> {
    return keyAnswer('POST /gateways', await this.call('POST', '/gateways', request));
  }

  /** A new ingest key for a gateway that is already registered (the old key stops working). */
  async rekeyGateway(id: string): Promise<RegisterGatewayResponse> {
    const path = `/gateways/${encodeURIComponent(id)}/key`;
    return keyAnswer(`POST ${path}`, await this.call('POST', path));
  }

  private async call(method: 'GET' | 'POST', path: string, body?: object): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    if (this.token !== null) {
      headers['authorization'] = `Bearer ${this.token}`;
    }
    const what = `${method} ${this.base}${path}`;
    for (let attempt = 1; ; attempt++) {
      let failure: string;
      try {
        const response = await this.fetch(this.base + path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        const text = await response.text();
        if (response.status >= 200 && response.status < 300) {
          return parseJson(what, text);
        }
        if (response.status < 500) {
          throw new AdminApiError(response.status, `${what}: ${errorReason(response.status, text)}`);
        }
        failure = errorReason(response.status, text);
      } catch (error) {
        if (error instanceof AdminApiError) {
          throw error;
        }
        failure = describeNetworkError(error);
      }
      if (attempt >= this.options.attempts) {
        throw new AdminApiError(null, `${what}: ${failure} (after ${attempt} attempts)`);
      }
      await sleep(this.options.firstBackoffMs * 2 ** (attempt - 1));
    }
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isGateway(value: unknown): value is GatewayDto {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['mac'] === 'string' &&
    typeof value['floorId'] === 'string' &&
    (value['roomId'] === null || typeof value['roomId'] === 'string') &&
    Array.isArray(value['point'])
  );
}

function keyAnswer(what: string, answer: unknown): RegisterGatewayResponse {
  if (!isRecord(answer) || typeof answer['ingestKey'] !== 'string' || !isGateway(answer['gateway'])) {
    throw new AdminApiError(null, `${what}: the answer has no gateway and ingestKey`);
  }
  return { gateway: answer['gateway'], ingestKey: answer['ingestKey'] };
}

function parseJson(what: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AdminApiError(null, `${what}: the answer is not JSON`);
  }
}
