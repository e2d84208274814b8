/** The identity of an address for uniqueness and suppression: trimmed and case-insensitive. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The longest address a mail carries (RFC 5321's path, less its brackets). */
export const EMAIL_MAX_LENGTH = 254;

/** What every form and API says of an address it refuses. */
export const INVALID_EMAIL = 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.';
