export type SuppressionReason = 'bounce' | 'complaint';

/** What the suppression list holds: addresses suppressed per reason, and transient bounces counted. */
export interface SuppressionFigures {
  bounce: number;
  complaint: number;
  /** Addresses with at least one transient bounce, suppressed or not. */
  softBouncedAddresses: number;
  softBounces: number;
}

/** Addresses the hub must no longer write to, fed by SES feedback. Addresses are normalised by the caller. */
export interface SuppressionList {
  suppress(email: string, reason: SuppressionReason, at: Date): Promise<void>;
  /** Transient bounces are only counted: a full mailbox today is no reason to stop writing. */
  recordSoftBounce(email: string, at: Date): Promise<void>;
  /** The subset of `emails` that is suppressed. */
  suppressedAmong(emails: string[]): Promise<Set<string>>;
}
