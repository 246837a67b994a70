import type { DemoGateway } from '@wardwatch/demo-hospital';
import type { ConsoleOutput } from '../console-output';
import { AdminApi, AdminApiError, type Fetch } from './admin-api';
import { provisionExtraGateways, type ProvisionProgress } from './extra-gateway-keys';

/** Admin calls in flight while registering: quick for us, gentle on the API. */
const CONCURRENCY = 8;
const PROGRESS_EVERY_MS = 2000;

export interface AdminLogin {
  url: string;
  adminEmail: string;
  adminPassword: string;
  quiet: boolean;
}

/**
 * Logs in as an admin and makes sure the API knows every extra gateway, printing progress
 * ("registering extra gateways 400/1183") every two seconds. Resolves to the ingest keys by MAC; rejects
 * (with a message for the operator) when the login or any gateway fails.
 */
export async function setUpExtraGateways(
  login: AdminLogin,
  demoGateways: readonly DemoGateway[],
  extras: readonly DemoGateway[],
  io: ConsoleOutput,
  fetch?: Fetch,
): Promise<Map<string, string>> {
  const startedMs = Date.now();
  const api = new AdminApi(login.url, fetch);
  await api.login(login.adminEmail, login.adminPassword).catch((error: unknown) => {
    throw error instanceof AdminApiError && error.status === 401
      ? new Error(
          `${error.message} (extra gateways are registered as ${login.adminEmail}; see --admin-email, --admin-password)`,
        )
      : error;
  });
  let lastPrintMs = startedMs;
  const line = (p: ProvisionProgress): string =>
    `registering extra gateways ${p.done}/${p.total} (${p.registered} new, ${p.rekeyed} re-keyed` +
    `${p.failed > 0 ? `, ${p.failed} failed` : ''})`;
  const result = await provisionExtraGateways(api, demoGateways, extras, CONCURRENCY, (progress) => {
    const nowMs = Date.now();
    if (!login.quiet && nowMs - lastPrintMs >= PROGRESS_EVERY_MS && progress.done < progress.total) {
      lastPrintMs = nowMs;
      io.out(line(progress));
    }
  });
  io.out(
    `extra gateways ready: ${result.keys.size} (${result.registered} registered, ${result.rekeyed} ` +
      `given a new key) in ${((Date.now() - startedMs) / 1000).toFixed(1)} s`,
  );
  if (result.misplaced > 0) {
    io.err(
      `${result.misplaced} extra gateway(s) are registered at another place than this simulator puts them ` +
        '(registered by an older version?); their sightings will place tags less well',
    );
  }
  return result.keys;
}
