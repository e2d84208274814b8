import { randomBytes } from 'node:crypto';

/** Time-ordered, URL-safe identifier: sorts by creation, unguessable enough for public URLs. */
export function newId(now: Date = new Date()): string {
  const time = now.getTime().toString(36).padStart(9, '0');
  return time + randomBytes(10).toString('base64url').replace(/[-_]/g, 'x').slice(0, 13);
}

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
