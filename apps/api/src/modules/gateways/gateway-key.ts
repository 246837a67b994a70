import { createHash, createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'wwg_';

/** A new ingest key: 256 random bits, shown to the admin once. */
export const newGatewayKey = (): string => PREFIX + randomBytes(32).toString('base64url');

/** The demo hospital's keys are derived from a secret so that the simulator can know them without storage. */
export const demoGatewayKey = (secret: string, mac: string): string =>
  PREFIX + createHmac('sha256', secret).update(mac).digest('base64url');

/** Keys are high-entropy random strings, so one SHA-256 is the right hash (and lets ingest look a key up by it). */
export const hashGatewayKey = (key: string): string => createHash('sha256').update(key).digest('hex');
