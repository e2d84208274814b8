import type { Subscriber } from '../newsletter/subscriber.js';
import type { Registration } from '../registrations/registration.js';
import type { AttendanceSignature } from '../attendance/slot.js';
import type { Certificate } from '../certificates/certificate.js';
import type { SurveyInvitation } from '../surveys/survey.js';
import type { Speaker } from '../speakers/speaker.js';

/** A registration with what the person needs to recognise the event. */
export interface PersonRegistration {
  registration: Registration;
  event?: { title: string; startsAt: string; endsAt: string; status: string };
}

export interface CampaignSend {
  campaignId: string;
  subject?: string;
  /** sent | skipped | sending (a send in flight); unknown when only an open or click marker remains. */
  state: string;
  sentAt?: string;
  /** Per-person tracking, only for subscribers who accepted it. */
  openedAt?: string;
  clickedAt?: string;
}

/** The suppression entry is found by the hash of the address (keys.ts); it never holds the address. */
export interface SuppressionEntry {
  reason?: string;
  suppressedAt?: string;
  softBounces?: number;
  lastSoftBounceAt?: string;
}

export interface PartnerMembership {
  organisationId: string;
  organisationName?: string;
  name: string;
  invitedAt: string;
}

/** A magic link or a session: dates and role only, never the secret's hash. */
export interface SignInRecord {
  kind: 'magic-link' | 'session';
  /** The item's key, to delete it; not exported. */
  key: { pk: string; sk: string };
  role?: string;
  createdAt?: string;
  expiresAt?: string;
}

export interface KitDownloadRecord {
  kitId: string;
  key: { pk: string; sk: string };
  version?: number;
  assetName?: string;
  at?: string;
}

export interface KitFollow {
  kitId: string;
  lastVersion?: number;
  optedOut?: boolean;
}

/**
 * An access audit row that names the address: as the member whose access was withdrawn, or as the staff member
 * who withdrew an access or revoked a share link. The row stays (the organisation's or kit's history) without it.
 */
export interface AccessAuditRecord {
  key: { pk: string; sk: string };
  action: 'member-withdrawn' | 'share-link-revoked';
  asMember: boolean;
  asStaff: boolean;
  at?: string;
}

/** A replay audit row naming the address: kept for the counts, without it, once the person is erased. */
export interface ReplayViewRecord {
  key: { pk: string; sk: string };
  eventId: string;
  kind: string;
  at?: string;
}

/** Everything the hub's table holds about one address. */
export interface PersonRecords {
  email: string;
  subscriber?: Subscriber;
  registrations: PersonRegistration[];
  campaignSends: CampaignSend[];
  suppression?: SuppressionEntry;
  membership?: PartnerMembership;
  signIns: SignInRecord[];
  kitDownloads: KitDownloadRecord[];
  kitFollows: KitFollow[];
  /** Campaigns this address created (staff): the author is replaced, the campaign stays. */
  campaignsAuthored: string[];
  accessAudit: AccessAuditRecord[];
  /** The half-days this address signed (functions/attendance/). */
  attendanceSignatures: AttendanceSignature[];
  /** Certificates of attendance issued to the person's registrations (an erased one no longer names anybody). */
  certificates: Certificate[];
  /** Survey invitations of the person's registrations, with their answers. */
  surveys: SurveyInvitation[];
  replayViews: ReplayViewRecord[];
  /** Speaker records holding the address (functions/speakers/): erased whole, photo included. */
  speakers: Speaker[];
}

/** What the table's own reading finds; the speakers come through their port. */
export type StoredPersonRecords = Omit<PersonRecords, 'speakers'>;

/** True when nothing is left to erase (a suppression entry with a reason is kept on purpose). */
export function nothingToErase(records: PersonRecords): boolean {
  return (
    !records.subscriber &&
    !records.registrations.length &&
    !records.campaignSends.length &&
    !(records.suppression && !records.suppression.reason) &&
    !records.membership &&
    !records.signIns.length &&
    !records.kitDownloads.length &&
    !records.kitFollows.length &&
    !records.campaignsAuthored.length &&
    !records.accessAudit.length &&
    !records.attendanceSignatures.length &&
    !records.certificates.some((certificate) => certificate.email) &&
    !records.surveys.length &&
    !records.replayViews.length &&
    !records.speakers.length
  );
}
