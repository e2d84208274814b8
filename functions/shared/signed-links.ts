import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-signed tokens bound to a purpose (a cancellation token cannot be replayed as an unsubscribe
 * token) with an optional expiry. Verification compares in constant time.
 */
export class LinkSigner {
  constructor(private readonly key: string) {
    if (key.length < 32) throw new Error('La clé de signature doit contenir au moins 32 caractères.');
  }

  sign(purpose: string, subject: string, expiresAt?: Date): string {
    const body = `${Buffer.from(subject, 'utf8').toString('base64url')}.${expiresAt ? Math.floor(expiresAt.getTime() / 1000).toString(36) : ''}`;
    return `${body}.${this.mac(purpose, body)}`;
  }

  /** The subject the token was signed for, or undefined when forged, mis-purposed or expired. */
  verify(purpose: string, token: string, now: Date = new Date()): string | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [subject, expiry, mac] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(purpose, `${subject}.${expiry}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    if (expiry && parseInt(expiry, 36) * 1000 < now.getTime()) return undefined;
    return Buffer.from(subject, 'base64url').toString('utf8');
  }

  private mac(purpose: string, body: string): string {
    return createHmac('sha256', this.key).update(`${purpose}\n${body}`).digest('base64url');
  }
}
