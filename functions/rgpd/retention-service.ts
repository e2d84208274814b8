import type { RetentionStore } from './retention-store.js';

const DAY = 24 * 60 * 60 * 1000;

export interface RetentionRun {
  cutoff: string;
  subscribers: number;
  expiredRequests: number;
  registrations: number;
  sendMarkers: number;
  kitDownloads: number;
}

/**
 * Enforces the retention period (HUB_RETENTION_DAYS after the last interaction): newsletter records
 * (unsubscribed ones too: past the period nothing is left to mail, and a new subscription needs a new
 * double opt-in), registrations of events over for that long, per-recipient campaign markers, the
 * address on old kit downloads; and unconfirmed requests past their expiry, which DynamoDB's TTL removes
 * only lazily (DynamoDB Local never). Suppressions are kept, under a hash of the address. Idempotent.
 */
export class RetentionService {
  constructor(
    private readonly store: RetentionStore,
    private readonly retentionDays: number,
  ) {}

  async run(now: Date): Promise<RetentionRun> {
    const cutoff = new Date(now.getTime() - this.retentionDays * DAY);
    const run: RetentionRun = {
      cutoff: cutoff.toISOString(),
      subscribers: 0,
      expiredRequests: 0,
      registrations: 0,
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
    for (const campaignId of await this.store.campaignsFinishedBefore(cutoff)) {
      run.sendMarkers += await this.store.purgeSendMarkers(campaignId);
    }
    run.kitDownloads = await this.store.anonymiseKitDownloadsBefore(cutoff);
    return run;
  }
}
