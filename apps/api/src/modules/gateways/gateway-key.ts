import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'wwg_';

/** A new ingest key: 256 random bits, shown to the admin once. */
export const newGatewayKey = (): string => PREFIX + randomBytes(32).toString('base64url');

/** Keys are high-entropy random strings, so one SHA-256 is the right hash (and lets ingest look a key up by it). */
export const hashGatewayKey = (key: string): string => createHash('sha256').update(key).digest('hex');
