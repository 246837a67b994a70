import { decryptSecret, encryptSecret, newWebhookSecret } from './webhook-secrets';

describe('webhook secrets at rest', () => {
  const master = 'm'.repeat(40);

  it('round-trips, with a fresh IV each time, and never stores the secret in clear', () => {
    const secret = newWebhookSecret();
    const a = encryptSecret(secret, master);
    const b = encryptSecret(secret, master);
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret.slice(6));
    expect(decryptSecret(a, master)).toBe(secret);
  });

  it('refuses another master secret or a tampered ciphertext', () => {
    const stored = encryptSecret('whsec_abc', master);
    expect(() => decryptSecret(stored, 'x'.repeat(40))).toThrow();
    const [iv, tag, ct] = stored.split('.');
    const flipped = Buffer.from(ct, 'base64url');
    flipped[0] ^= 1;
    expect(() => decryptSecret([iv, tag, flipped.toString('base64url')].join('.'), master)).toThrow();
  });
});
