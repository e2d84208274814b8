import type { Registration } from '../registrations/registration.js';
import type { Certificate } from '../certificates/certificate.js';
import type { SurveyInvitation } from '../surveys/survey.js';
import type { Speaker } from '../speakers/speaker.js';
import type {
  AccessAuditRecord,
  KitDownloadRecord,
  ReplayViewRecord,
  SignInRecord,
  StoredPersonRecords,
} from './person-data.js';

/** Port: finds and removes one address's data across the hub's table. Addresses are normalised. */
export interface PersonDataStore {
  /** Everything held about the address (an expired, not yet purged, request included). */
  find(email: string): Promise<StoredPersonRecords>;
  /**
   * Deletes the registration with its e-mail claim, waitlist entry and reminder markers. With
   * `onlyIfCancelled`, refuses (throws) unless it is cancelled: a seat is freed by a cancellation first.
   */
  deleteRegistration(registration: Registration, options: { onlyIfCancelled: boolean }): Promise<void>;
  deleteSubscriber(email: string): Promise<void>;
  deleteCampaignSends(email: string, campaignIds: string[]): Promise<void>;
  deleteMembership(email: string, organisationId: string): Promise<void>;
  deleteSignIns(records: SignInRecord[]): Promise<void>;
  /** Download audit rows stay (kit statistics) without the address. */
  anonymiseKitDownloads(records: KitDownloadRecord[]): Promise<void>;
  deleteKitFollows(email: string, kitIds: string[]): Promise<void>;
  /** Replaces the author of these campaigns (a staff member being erased) by a neutral mention. */
  forgetCampaignAuthor(email: string, campaignIds: string[]): Promise<void>;
  /** Access audit rows stay (the history of an organisation or a kit) without the address nor the member's name. */
  anonymiseAccessAudit(email: string, records: AccessAuditRecord[]): Promise<void>;
  /** Deletes the attendance signatures this address made. */
  deleteAttendanceSignatures(email: string): Promise<void>;
  /** Blanks the person on these certificates and revokes them: the number verifies as « révoqué ». */
  eraseCertificates(certificates: Certificate[], at: string): Promise<void>;
  deleteSurveyInvitations(invitations: SurveyInvitation[]): Promise<void>;
  /** Replay audit rows stay (the views of an event) without the address. */
  anonymiseReplayViews(records: ReplayViewRecord[]): Promise<void>;
  /** Deletes the suppression entry only when it holds soft-bounce counts and no reason to suppress. */
  forgetSoftBounces(email: string): Promise<void>;
}

/** Port: frees a registrant's seat the way a cancellation does (waitlist promoted, counters kept right). */
export interface SeatReleaser {
  withdraw(eventId: string, registrationId: string): Promise<void>;
}

/** Port: the speakers holding an address, and their erasure (the record and its photo). */
export interface SpeakerRecords {
  withEmail(email: string): Promise<Speaker[]>;
  delete(id: string): Promise<void>;
}
