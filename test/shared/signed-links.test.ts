import { describe, expect, it } from 'vitest';
import { LinkSigner, isExpired } from '../../functions/shared/signed-links.js';

const KEY = 'unit-signing-key-unit-signing-key-0123456789';
const ADDRESS = 'camille.durand@exemple.fr';
const AT = new Date('2026-12-01T10:00:00Z');
const LATER = new Date('2027-01-01T10:00:00Z');

describe('LinkSigner', () => {
  const signer = new LinkSigner(KEY);

  it('seals a subject: the token shows nothing of it, and only its purpose and key open it', () => {
    const token = signer.seal('preferences', ADDRESS, LATER);

    const shown = token.split('.').map((part) => Buffer.from(part, 'base64url').toString('latin1'));
    for (const text of [token, ...shown]) {
      expect(text).not.toContain(ADDRESS);
      expect(text).not.toContain('camille');
    }
    expect(signer.readSealed('preferences', token)).toEqual({ subject: ADDRESS, expiresAt: LATER });
    expect(signer.readSealed('other', token)).toBeUndefined();
    expect(new LinkSigner(`${KEY}x`).readSealed('preferences', token)).toBeUndefined();
    expect(signer.seal('preferences', ADDRESS, LATER)).not.toBe(token);
  });

  it('reads a genuine token past its expiry, which verify refuses', () => {
    const token = signer.sign('tracking', 'campagne', AT);

    const read = signer.read('tracking', token)!;

    expect(read).toEqual({ subject: 'campagne', expiresAt: AT });
    expect(isExpired(read, LATER)).toBe(true);
    expect(isExpired(read, new Date(AT.getTime() - 1000))).toBe(false);
    expect(signer.verify('tracking', token, LATER)).toBeUndefined();
    expect(signer.verify('tracking', token, new Date(AT.getTime() - 1000))).toBe('campagne');
    expect(isExpired(signer.read('tracking', signer.sign('tracking', 'sans date'))!, LATER)).toBe(false);
  });

  it('refuses tampered, truncated and foreign tokens', () => {
    const sealed = signer.seal('preferences', ADDRESS, LATER);
    const [subject, expiry, mac] = sealed.split('.') as [string, string, string];
    const plainUnderSealedPurpose = signer.sign('preferences', ADDRESS, LATER);

    for (const token of [
      `${subject}.${(parseInt(expiry, 36) + 1).toString(36)}.${mac}`,
      `${subject.slice(1)}.${expiry}.${mac}`,
      `${subject}.${expiry}`,
      '',
      '..',
      'é.é.é',
      'A'.repeat(5000),
    ]) {
      expect(signer.readSealed('preferences', token)).toBeUndefined();
      expect(signer.read('preferences', token)).toBeUndefined();
    }
    expect(signer.readSealed('preferences', plainUnderSealedPurpose)).toBeUndefined();
    expect(signer.readSealed('preferences', signer.sign('preferences', ''))).toBeUndefined();
  });
});
