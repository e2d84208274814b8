/** Port: the queries and deletions of the retention job. Dates are compared as instants. */
export interface RetentionStore {
  /** Addresses of subscriber records (any status) whose last interaction is before the cutoff. */
  staleSubscribers(cutoff: Date): Promise<string[]>;
  /** Deletes the record and its campaign markers (sent, opened, clicked), unless an interaction made it fresh meanwhile. */
  eraseStaleSubscriber(email: string, cutoff: Date): Promise<boolean>;
  /** Addresses whose only record is a request for double opt-in past its expiry. */
  expiredRequests(now: Date): Promise<string[]>;
  /** Deletes the request unless it was confirmed or renewed meanwhile. */
  deleteExpiredRequest(email: string, now: Date): Promise<boolean>;
  /** Events that ended before the cutoff. */
  eventsEndedBefore(cutoff: Date): Promise<string[]>;
  /** Deletes the event's registrations, e-mail claims, waitlist entries and reminder markers; returns the registrations. */
  purgeEventRegistrations(eventId: string): Promise<number>;
  /** Deletes the event's attendance (signatures, closings, trainers, slots staff set); returns the signatures. */
  purgeEventAttendance(eventId: string): Promise<number>;
  /** Campaigns sent or cancelled before the cutoff. */
  campaignsFinishedBefore(cutoff: Date): Promise<string[]>;
  /** Deletes the campaign's per-recipient send, open and click markers (its statistics stay); returns the sends. */
  purgeSendMarkers(campaignId: string): Promise<number>;
  /** Removes the address from kit download rows older than the cutoff (the rows stay as statistics). */
  anonymiseKitDownloadsBefore(cutoff: Date): Promise<number>;
}
