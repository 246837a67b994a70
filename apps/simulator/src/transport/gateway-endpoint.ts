import type { DemoGateway } from '@wardwatch/demo-hospital';
import { demoGatewayKey } from '@wardwatch/demo-hospital';

/** Where one gateway posts and how it authenticates. */
export interface GatewayEndpoint {
  mac: string;
  url: string;
  /** `Bearer <ingest key>`; the key is derived from the demo secret exactly as the API's seeder does. */
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
): GatewayEndpoint[] {
  const url = ruuviIngestUrl(baseUrl);
  return gateways.map((gateway) => ({
    mac: gateway.mac,
    url,
    authorization: `Bearer ${demoGatewayKey(secret, gateway.mac)}`,
  }));
}
