/** A half-day as certificates and attendance sheets read it: its times (ISO 8601 instants). */
export interface SlotTimes {
  id: string;
  startsAt: string;
  endsAt: string;
}

/** One trainee's signature of one slot, reduced to what hours are counted from. */
export interface SignedSlot {
  slotId: string;
  registrationId: string;
}

/** Where the attendance of an event is read from (the attendance feature's store implements it). */
export interface AttendanceRecords {
  slots(eventId: string): Promise<SlotTimes[]>;
  signatures(eventId: string): Promise<SignedSlot[]>;
}

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
