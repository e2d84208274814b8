import type { RetentionStore } from './retention-store.js';

const DAY = 24 * 60 * 60 * 1000;

export interface RetentionRun {
  cutoff: string;
  subscribers: number;
  expiredRequests: number;
  registrations: number;
  /** Signatures purged with their event's attendance (HUB_ATTENDANCE_RETENTION_DAYS after its end). */
  attendanceSignatures: number;
  sendMarkers: number;
  kitDownloads: number;
}

/**
 * Enforces the retention period (HUB_RETENTION_DAYS after the last interaction): newsletter records
 * (unsubscribed ones too: past the period nothing is left to mail, and a new subscription needs a new
 * double opt-in), registrations of events over for that long, their attendance (signatures, closings,
 * trainers) HUB_ATTENDANCE_RETENTION_DAYS after their end, per-recipient campaign markers, the
 * address on old kit downloads; and unconfirmed requests past their expiry, which DynamoDB's TTL removes
 * only lazily (DynamoDB Local never). Suppressions are kept, under a hash of the address. Idempotent.
 */
export class RetentionService {
  constructor(
    private readonly store: RetentionStore,
    private readonly retentionDays: number,
    private readonly attendanceRetentionDays: number,
  ) {}

  async run(now: Date): Promise<RetentionRun> {
    const cutoff = new Date(now.getTime() - this.retentionDays * DAY);
    const run: RetentionRun = {
      cutoff: cutoff.toISOString(),
      subscribers: 0,
      expiredRequests: 0,
      registrations: 0,
      attendanceSignatures: 0,
      sendMarkers: 0,
      kitDownloads: 0,
    };
    for (const email of await this.store.expiredRequests(now)) {
      if (await this.store.deleteExpiredRequest(email, now)) run.expiredRequests++;
    }
    for (const email of await this.store.staleSubscribers(cutoff)) {
      if (await this.store.eraseStaleSubscriber(email, cutoff)) run.subscribers++;
    }
    for (const eventId of await this.store.eventsEndedBefore(cutoff)) {
      run.registrations += await this.store.purgeEventRegistrations(eventId);
    }
    const attendanceCutoff = new Date(now.getTime() - this.attendanceRetentionDays * DAY);
    for (const eventId of await this.store.eventsEndedBefore(attendanceCutoff)) {
      run.attendanceSignatures += await this.store.purgeEventAttendance(eventId);
    }
    for (const campaignId of await this.store.campaignsFinishedBefore(cutoff)) {
      run.sendMarkers += await this.store.purgeSendMarkers(campaignId);
    }
    run.kitDownloads = await this.store.anonymiseKitDownloadsBefore(cutoff);
    return run;
  }
}
