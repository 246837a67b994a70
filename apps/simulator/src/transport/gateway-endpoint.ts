import type { DemoGateway } from '@wardwatch/demo-hospital';
import { demoGatewayKey } from '@wardwatch/demo-hospital';

/** Where one gateway posts and how it authenticates. */
export interface GatewayEndpoint {
  mac: string;
  url: string;
  /**
   * `Bearer <ingest key>`: for a demo gateway derived from the demo secret exactly as the API's seeder does,
   * for an extra gateway the key the API issued when the simulator registered it.
   */
  authorization: string;
}

export const RUUVI_INGEST_PATH = '/api/v1/ingest/ruuvi';

export function ruuviIngestUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '') + RUUVI_INGEST_PATH;
}

export function gatewayEndpoints(
  baseUrl: string,
  secret: string,
  gateways: readonly DemoGateway[],
  issuedKeys: ReadonlyMap<string, string> = new Map(),
): GatewayEndpoint[] {
  const url = ruuviIngestUrl(baseUrl);
  return gateways.map((gateway) => ({
    mac: gateway.mac,
    url,
    authorization: `Bearer ${issuedKeys.get(gateway.mac) ?? demoGatewayKey(secret, gateway.mac)}`,
  }));
}
