import type { Certificate } from './certificate.js';

/** Port of the certificates. */
export interface CertificateStore {
  /** Stores it unless its registration already has a certificate: false then, and nothing is written. */
  issue(certificate: Certificate): Promise<boolean>;
  get(number: string): Promise<Certificate | undefined>;
  /** The certificates of an event's registrations. */
  listByEvent(eventId: string): Promise<Certificate[]>;
  /** The certificate of one registration, if it has one. */
  forRegistration(eventId: string, registrationId: string): Promise<Certificate | undefined>;
  /** Writes it back as given (revocation, erasure); false when no such certificate is stored. */
  replace(certificate: Certificate): Promise<boolean>;
}
