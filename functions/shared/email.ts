/** The identity of an address for uniqueness and suppression: trimmed and case-insensitive. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The longest address a mail carries (RFC 5321's path, less its brackets). */
export const EMAIL_MAX_LENGTH = 254;

/** What every form and API says of an address it refuses. */
export const INVALID_EMAIL = 'Indiquez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.';

// RFC 2606 and 6761 keep these top-level domains out of the DNS: no mail to them can ever arrive.
const RESERVED_TLD = /[@.](invalid|test|localhost|example)\.?$/i;

/** Whether an address lies in a top-level domain reserved for examples and tests (`@example.invalid`…). */
export function isReservedAddress(email: string): boolean {
  return RESERVED_TLD.test(email.trim());
}

/** What every form and API says of an address in a reserved top-level domain. */
export const RESERVED_EMAIL =
  'Cette adresse est dans un domaine réservé aux exemples et aux essais (.invalid, .test, .localhost, .example) : indiquez une adresse qui reçoit du courrier.';
