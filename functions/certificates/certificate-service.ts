import type { HubEvent } from '../events/event.js';
import type { EventReader } from '../events/event-store.js';
import { eventPlace } from '../events/events-rules.js';
import type { RegistrationReader } from '../registrations/registration-store.js';
import type { Registration } from '../registrations/registration.js';
import type { Clock } from '../shared/clock.js';
import { NotFoundError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { AttendanceReader } from '../attendance/attendance-store.js';
import type { Certificate, CertificateIssuer, CertificateProof } from './certificate.js';
import type { CertificateMails } from './certificate-mails.js';
import { certificatePdf } from './certificate-pdf.js';
import {
  attendedMinutesByRegistration,
  earnsCertificate,
  erasedCertificate,
  newCertificateNumber,
  normaliseCertificateNumber,
  plannedMinutes,
  proofOf,
} from './certificate-rules.js';
import type { CertificateStore } from './certificate-store.js';

export interface CertificateServiceDeps {
  store: CertificateStore;
  events: EventReader;
  registrations: RegistrationReader;
  attendance: AttendanceReader;
  mails: CertificateMails;
  signer: LinkSigner;
  clock: Clock;
  issuer: CertificateIssuer;
  baseUrl: string;
}

export interface IssueOutcome {
  issued: number;
  skipped: number;
}

const DOWNLOAD_PURPOSE = 'certificate-download';
// A PDF each, then a mail: a few at a time keeps a 200-person training within one request.
const ISSUE_CONCURRENCY = 4;

/** Certificates of attendance: issued from the signed half-days, mailed, verified by anyone, revoked by staff. */
export class CertificateService {
  constructor(private readonly deps: CertificateServiceDeps) {}

  /**
   * Issues a certificate to every confirmed registrant whose signed hours reach the event's threshold and who has
   * none yet. `skipped` counts the others (below the threshold, or already holding one).
   */
  async issueForEvent(eventId: string): Promise<IssueOutcome> {
    const event = await this.event(eventId);
    const [registrations, slots, signatures] = await Promise.all([
      this.deps.registrations.listByEvent(eventId),
      this.deps.attendance.slots(eventId),
      this.deps.attendance.signatures(eventId),
    ]);
    const planned = plannedMinutes(slots);
    const attended = attendedMinutesByRegistration(slots, signatures);
    const confirmed = registrations.filter((registration) => registration.status === 'confirmed');
    const outcome: IssueOutcome = { issued: 0, skipped: 0 };
    for (let start = 0; start < confirmed.length; start += ISSUE_CONCURRENCY) {
      const batch = confirmed.slice(start, start + ISSUE_CONCURRENCY);
      const results = await Promise.all(
        batch.map((registration) => {
          const minutes = attended.get(registration.id) ?? 0;
          return earnsCertificate(minutes, planned, event.certificateThreshold)
            ? this.issue(event, registration, minutes, planned)
            : false;
        }),
      );
      for (const issued of results) outcome[issued ? 'issued' : 'skipped']++;
    }
    return outcome;
  }

  private async issue(
    event: HubEvent,
    registration: Registration,
    attendedMinutes: number,
    planned: number,
  ): Promise<boolean> {
    const certificate: Certificate = {
      number: newCertificateNumber(),
      eventId: event.id,
      registrationId: registration.id,
      email: registration.email,
      firstName: registration.firstName,
      lastName: registration.lastName,
      ...(registration.organisation ? { organisation: registration.organisation } : {}),
      title: event.title,
      organiser: event.organiser ?? this.deps.issuer.name,
      place: eventPlace(event),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      attendedMinutes,
      plannedMinutes: planned,
      issuerName: this.deps.issuer.name,
      issuerTitle: this.deps.issuer.title,
      issuedAt: this.deps.clock.now().toISOString(),
    };
    if (!(await this.deps.store.issue(certificate))) return false;
    try {
      await this.deps.mails.issued(certificate, await this.pdf(certificate), this.downloadUrl(certificate));
    } catch (error) {
      // The certificate stands (it is verifiable and staff can hand it over); the mail alone failed.
      logger.error('certificate mail failed', { error, number: certificate.number, eventId: event.id });
    }
    return true;
  }

  pdf(certificate: Certificate): Promise<Buffer> {
    return certificatePdf(certificate, this.verificationUrl(certificate.number));
  }

  listForEvent(eventId: string): Promise<Certificate[]> {
    return this.deps.store.listByEvent(eventId);
  }

  /** What the public page shows of a number; NotFoundError when it is malformed or unknown. */
  async verify(input: string): Promise<CertificateProof> {
    return proofOf(await this.find(input));
  }

  async revoke(input: string): Promise<CertificateProof> {
    const certificate = await this.find(input);
    if (certificate.revokedAt) return proofOf(certificate);
    const revoked = { ...certificate, revokedAt: this.deps.clock.now().toISOString() };
    await this.deps.store.replace(revoked);
    return proofOf(revoked);
  }

  /** The PDF the personal link of the mail downloads; NotFoundError for a forged link or a revoked certificate. */
  async download(input: string, token: string): Promise<{ certificate: Certificate; pdf: Buffer }> {
    const certificate = await this.find(input);
    if (this.deps.signer.verify(DOWNLOAD_PURPOSE, token) !== certificate.number || certificate.revokedAt)
      throw new NotFoundError('Cette attestation est introuvable.');
    return { certificate, pdf: await this.pdf(certificate) };
  }

  /** An erased trainee's certificate: blanked and revoked; true when there was one. */
  async eraseForRegistration(eventId: string, registrationId: string): Promise<boolean> {
    const certificate = await this.deps.store.forRegistration(eventId, registrationId);
    if (!certificate) return false;
    await this.deps.store.replace(erasedCertificate(certificate, this.deps.clock.now().toISOString()));
    return true;
  }

  forRegistration(eventId: string, registrationId: string): Promise<Certificate | undefined> {
    return this.deps.store.forRegistration(eventId, registrationId);
  }

  verificationUrl(number: string): string {
    return `${this.deps.baseUrl}/certificats/${number}`;
  }

  downloadUrl(certificate: Pick<Certificate, 'number'>): string {
    const token = this.deps.signer.sign(DOWNLOAD_PURPOSE, certificate.number);
    return `${this.verificationUrl(certificate.number)}/attestation.pdf?token=${encodeURIComponent(token)}`;
  }

  private async find(input: string): Promise<Certificate> {
    const number = normaliseCertificateNumber(input);
    const certificate = number && (await this.deps.store.get(number));
    if (!certificate) throw new NotFoundError('Cette attestation est introuvable.');
    return certificate;
  }

  private async event(id: string): Promise<HubEvent> {
    const event = await this.deps.events.get(id);
    if (!event) throw new NotFoundError('Cet événement est introuvable.');
    return event;
  }
}
