/**
 * An "attestation de présence" as issued: a snapshot of what it states, so that a later edit of the event or the
 * registration never changes a certificate already in someone's hands.
 */
export interface Certificate {
  /** Unguessable (see certificate-rules.ts): the verification URL is made of it. */
  number: string;
  eventId: string;
  registrationId: string;
  email: string;
  firstName: string;
  lastName: string;
  organisation?: string;
  title: string;
  organiser: string;
  place: string;
  startsAt: string;
  endsAt: string;
  attendedMinutes: number;
  plannedMinutes: number;
  issuerName: string;
  issuerTitle: string;
  issuedAt: string;
  revokedAt?: string;
}

/** What the public verification page shows: only what proves the certificate, no name in full. */
export type CertificateProof = Pick<
  Certificate,
  | 'number'
  | 'title'
  | 'startsAt'
  | 'endsAt'
  | 'attendedMinutes'
  | 'plannedMinutes'
  | 'issuerName'
  | 'issuerTitle'
  | 'issuedAt'
> & {
  /** Absent once the trainee was erased. */
  initials?: string;
  status: 'valide' | 'révoqué';
};

/** Who signs the certificates (configuration: HUB_CERTIFICATE_ISSUER_NAME and _TITLE). */
export interface CertificateIssuer {
  name: string;
  title: string;
}
