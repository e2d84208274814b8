import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a genuine token says, expired or not. */
export interface SignedToken {
  subject: string;
  /** Absent from a token signed without an expiry. */
  expiresAt?: Date;
}

export function isExpired(token: SignedToken, now: Date): boolean {
  return token.expiresAt !== undefined && token.expiresAt.getTime() < now.getTime();
}

const SEAL_IV_BYTES = 12;
const SEAL_TAG_BYTES = 16;

/**
 * HMAC-signed tokens bound to a purpose (a cancellation token cannot be replayed as an unsubscribe
 * token) with an optional expiry. Verification compares in constant time. A sealed token carries its
 * subject encrypted (AES-256-GCM under a key derived from the signing key), so a link can name a person
 * without showing their address to whoever sees the URL.
 */
export class LinkSigner {
  private readonly sealKey: Buffer;

  constructor(private readonly key: string) {
    if (key.length < 32) throw new Error('La clé de signature doit contenir au moins 32 caractères.');
    this.sealKey = createHmac('sha256', key).update('sealed link subjects').digest();
  }

  sign(purpose: string, subject: string, expiresAt?: Date): string {
    return this.signBody(purpose, Buffer.from(subject, 'utf8').toString('base64url'), expiresAt);
  }

  /** Like sign, with the subject encrypted. */
  seal(purpose: string, subject: string, expiresAt?: Date): string {
    const iv = randomBytes(SEAL_IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    cipher.setAAD(Buffer.from(purpose, 'utf8'));
    const sealed = Buffer.concat([iv, cipher.update(subject, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return this.signBody(purpose, sealed.toString('base64url'), expiresAt);
  }

  /** The subject the token was signed for, or undefined when forged, mis-purposed or expired. */
  verify(purpose: string, token: string, now: Date = new Date()): string | undefined {
    const read = this.read(purpose, token);
    return read && !isExpired(read, now) ? read.subject : undefined;
  }

  /** The subject and expiry of a genuine token, expired or not; undefined when forged or mis-purposed. */
  read(purpose: string, token: string): SignedToken | undefined {
    const body = this.genuineBody(purpose, token);
    return body && { ...body, subject: Buffer.from(body.subject, 'base64url').toString('utf8') };
  }

  /** What `read` gives for a sealed token. */
  readSealed(purpose: string, token: string): SignedToken | undefined {
    const body = this.genuineBody(purpose, token);
    if (!body) return undefined;
    const sealed = Buffer.from(body.subject, 'base64url');
    if (sealed.length <= SEAL_IV_BYTES + SEAL_TAG_BYTES) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.sealKey, sealed.subarray(0, SEAL_IV_BYTES));
      decipher.setAAD(Buffer.from(purpose, 'utf8'));
      decipher.setAuthTag(sealed.subarray(sealed.length - SEAL_TAG_BYTES));
      const subject = Buffer.concat([
        decipher.update(sealed.subarray(SEAL_IV_BYTES, sealed.length - SEAL_TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
      return { ...body, subject };
    } catch {
      // Signed for this purpose but not sealed: not a token this hub handed out.
      return undefined;
    }
  }

  private signBody(purpose: string, encodedSubject: string, expiresAt?: Date): string {
    const body = `${encodedSubject}.${expiresAt ? Math.floor(expiresAt.getTime() / 1000).toString(36) : ''}`;
    return `${body}.${this.mac(purpose, body)}`;
  }

  /** The still-encoded subject and the expiry of a token whose MAC holds. */
  private genuineBody(purpose: string, token: string): SignedToken | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [subject, expiry, mac] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(purpose, `${subject}.${expiry}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return { subject, ...(expiry ? { expiresAt: new Date(parseInt(expiry, 36) * 1000) } : {}) };
  }

  private mac(purpose: string, body: string): string {
    return createHmac('sha256', this.key).update(`${purpose}\n${body}`).digest('base64url');
  }
}
