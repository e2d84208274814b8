import type { Clock } from '../shared/clock.js';
import { normaliseEmail } from '../shared/email.js';
import { logger } from '../shared/logger.js';
import { holdsASeat } from './erasure-rules.js';
import { nothingToErase, type PersonRecords } from './person-data.js';
import type { PersonDataStore, SeatReleaser, SpeakerRecords } from './person-data-store.js';
import { personExport, type PersonExport } from './person-export.js';

export interface PersonDataServiceDeps {
  store: PersonDataStore;
  seats: SeatReleaser;
  speakers: SpeakerRecords;
  clock: Clock;
}

/** What an erasure removed, per kind of data, and what it kept on purpose. */
export interface ErasureSummary {
  email: string;
  erased: {
    newsletterSubscription: number;
    registrations: number;
    /** Of those, seats or waitlist places freed on events not over yet (the waitlist moved up). */
    seatsFreed: number;
    campaignSends: number;
    partnerMembership: number;
    signIns: number;
    kitDownloadsAnonymised: number;
    kitFollows: number;
    softBounceRecord: number;
    campaignsAuthored: number;
    /** Audit rows of withdrawn accesses and revoked share links, kept without the address. */
    accessAuditAnonymised: number;
    /** Half-days signed (training attendance). */
    attendanceSignatures: number;
    /** Certificates revoked and left without the person's name (their numbers verify as « révoqué »). */
    certificatesRevoked: number;
    surveyAnswers: number;
    /** Replay views (page, video, slides), kept without the address. */
    replayViewsAnonymised: number;
    speakers: number;
  };
  /**
   * Kept: a suppression (permanent bounce, complaint) must outlive the erasure or the address could be
   * mailed again; it is stored under a hash of the address, never the address itself.
   */
  keptSuppression: string | null;
}

/** Enough passes to catch what a concurrent request (a new registration, an opt-in) wrote meanwhile. */
const MAX_PASSES = 3;

/** Staff export and erase one person's data (RGPD articles 15, 17 and 20). */
export class PersonDataService {
  constructor(private readonly deps: PersonDataServiceDeps) {}

  async export(email: string): Promise<PersonExport> {
    return personExport(await this.find(email), this.deps.clock.now());
  }

  /** What the table holds about the address, for the staff page's summary. */
  async find(rawEmail: string): Promise<PersonRecords> {
    const email = normaliseEmail(rawEmail);
    const [stored, speakers] = await Promise.all([
      this.deps.store.find(email),
      this.deps.speakers.withEmail(email),
    ]);
    return { ...stored, speakers };
  }

  /**
   * Erases everything but the suppression reason. Each step is idempotent and the whole is repeated
   * until a fresh read finds nothing: an erasure interrupted by a failure finishes when retried.
   */
  async erase(rawEmail: string): Promise<ErasureSummary> {
    const email = normaliseEmail(rawEmail);
    const summary: ErasureSummary = {
      email,
      erased: {
        newsletterSubscription: 0,
        registrations: 0,
        seatsFreed: 0,
        campaignSends: 0,
        partnerMembership: 0,
        signIns: 0,
        kitDownloadsAnonymised: 0,
        kitFollows: 0,
        softBounceRecord: 0,
        campaignsAuthored: 0,
        accessAuditAnonymised: 0,
        attendanceSignatures: 0,
        certificatesRevoked: 0,
        surveyAnswers: 0,
        replayViewsAnonymised: 0,
        speakers: 0,
      },
      keptSuppression: null,
    };
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const records = await this.find(email);
      summary.keptSuppression = records.suppression?.reason ?? null;
      if (nothingToErase(records)) break;
      await this.erasePass(records, summary);
    }
    logger.info('personne effacée', { ...summary.erased, keptSuppression: summary.keptSuppression });
    return summary;
  }

  private async erasePass(records: PersonRecords, summary: ErasureSummary): Promise<void> {
    const { store, seats } = this.deps;
    const { email } = records;
    const now = this.deps.clock.now();
    const erased = summary.erased;
    // Found from the registrations: erased before them.
    const certificates = records.certificates.filter((certificate) => certificate.email);
    await store.eraseCertificates(certificates, now.toISOString());
    erased.certificatesRevoked += certificates.length;
    await store.deleteSurveyInvitations(records.surveys);
    erased.surveyAnswers += records.surveys.length;
    for (const entry of records.registrations) {
      const upcoming = holdsASeat(entry, now);
      if (upcoming) {
        await seats.withdraw(entry.registration.eventId, entry.registration.id);
        erased.seatsFreed++;
      }
      await store.deleteRegistration(entry.registration, {
        onlyIfCancelled: upcoming || entry.registration.status === 'cancelled',
      });
      erased.registrations++;
    }
    if (records.subscriber) {
      await store.deleteSubscriber(email);
      erased.newsletterSubscription++;
    }
    await store.deleteCampaignSends(
      email,
      records.campaignSends.map((send) => send.campaignId),
    );
    erased.campaignSends += records.campaignSends.length;
    if (records.membership) {
      await store.deleteMembership(email, records.membership.organisationId);
      erased.partnerMembership++;
    }
    await store.deleteSignIns(records.signIns);
    erased.signIns += records.signIns.length;
    await store.anonymiseReplayViews(records.replayViews);
    erased.replayViewsAnonymised += records.replayViews.length;
    await store.anonymiseKitDownloads(records.kitDownloads);
    erased.kitDownloadsAnonymised += records.kitDownloads.length;
    await store.deleteKitFollows(
      email,
      records.kitFollows.map((follow) => follow.kitId),
    );
    erased.kitFollows += records.kitFollows.length;
    await store.forgetCampaignAuthor(email, records.campaignsAuthored);
    erased.campaignsAuthored += records.campaignsAuthored.length;
    await store.anonymiseAccessAudit(email, records.accessAudit);
    erased.accessAuditAnonymised += records.accessAudit.length;
    if (records.attendanceSignatures.length) {
      await store.deleteAttendanceSignatures(email);
      erased.attendanceSignatures += records.attendanceSignatures.length;
    }
    if (records.suppression && !records.suppression.reason) {
      await store.forgetSoftBounces(email);
      erased.softBounceRecord++;
    }
    for (const speaker of records.speakers) {
      await this.deps.speakers.delete(speaker.id);
      erased.speakers++;
    }
  }
}
