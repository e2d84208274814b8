import { createHash } from 'node:crypto';
import { normaliseEmail } from './email.js';

/**
 * A SHA-256 of the normalised address: what the suppression list keeps instead of the address, so that
 * an erased person stays unmailable without the table holding their address (CNIL "liste repoussoir").
 * It is a pseudonym, not an anonymisation: whoever knows an address can test it.
 */
export function addressHash(email: string): string {
  return createHash('sha256').update(normaliseEmail(email)).digest('hex');
}
