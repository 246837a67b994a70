import { v5 as uuidv5 } from 'uuid';

/** Namespace for Wardwatch's seeded rows: the same key gives the same UUID on every machine. */
const WARDWATCH_NAMESPACE = '6f1c2f0e-5b0a-4d7e-9a57-2c1f0b8e4d11';

export const stableId = (kind: string, key: string): string => uuidv5(`${kind}:${key}`, WARDWATCH_NAMESPACE);
