/** The identity of an address for uniqueness and suppression: trimmed and case-insensitive. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
