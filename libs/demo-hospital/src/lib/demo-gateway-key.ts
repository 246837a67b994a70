import { createHmac } from 'node:crypto';

/**
 * The demo hospital's gateway ingest keys are derived from a secret (DEMO_GATEWAY_KEY_SECRET), so the seeder
 * can store their hashes and the simulator can know the keys without either storing them. Demo only.
 */
export const demoGatewayKey = (secret: string, mac: string): string =>
  'wwg_' + createHmac('sha256', secret).update(mac).digest('base64url');
