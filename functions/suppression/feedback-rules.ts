import { z } from 'zod';
import { normaliseEmail } from '../shared/email.js';
import type { SuppressionReason } from './suppression-list.js';

const recipients = z.array(z.object({ emailAddress: z.string().min(3) }));

/**
 * The part of an SES event-publishing record the hub reads (field names as SES publishes them through a
 * configuration set: `eventType`, `bounce.bouncedRecipients[].emailAddress`, …); other fields are ignored.
 */
export const sesEventRecordSchema = z.object({
  eventType: z.string(),
  /** `tags`: the message tags of the send, and those SES adds (`ses:configuration-set`…), each a list of values. */
  mail: z.object({ messageId: z.string(), tags: z.record(z.string(), z.array(z.string())).optional() }),
  bounce: z.object({ bounceType: z.string(), bouncedRecipients: recipients }).optional(),
  complaint: z
    .object({ complainedRecipients: recipients, complaintFeedbackType: z.string().optional() })
    .optional(),
});
export type SesEventRecord = z.infer<typeof sesEventRecordSchema>;

export interface FeedbackActions {
  suppress: { email: string; reason: SuppressionReason }[];
  softBounces: string[];
}

/**
 * Permanent bounces and complaints suppress the address; transient and undetermined bounces are counted.
 * A complaint whose feedback type says "not-spam" is the recipient taking a complaint back.
 */
export function feedbackActions(record: SesEventRecord): FeedbackActions {
  const actions: FeedbackActions = { suppress: [], softBounces: [] };
  if (record.eventType === 'Bounce' && record.bounce) {
    const emails = record.bounce.bouncedRecipients.map((r) => normaliseEmail(r.emailAddress));
    if (record.bounce.bounceType === 'Permanent') {
      actions.suppress.push(...emails.map((email) => ({ email, reason: 'bounce' as const })));
    } else {
      actions.softBounces.push(...emails);
    }
  }
  if (
    record.eventType === 'Complaint' &&
    record.complaint &&
    record.complaint.complaintFeedbackType !== 'not-spam'
  ) {
    actions.suppress.push(
      ...record.complaint.complainedRecipients.map((r) => ({
        email: normaliseEmail(r.emailAddress),
        reason: 'complaint' as const,
      })),
    );
  }
  return actions;
}
