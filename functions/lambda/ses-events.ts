import { z } from 'zod';
import { SES_EVENTS_CONFIG, sesEventsJob } from '../composition/jobs/ses-events.js';
import { logger } from '../shared/logger.js';
import { sesEventRecordSchema } from '../suppression/feedback-rules.js';
import { loadConfig } from '../config/config.js';
import { beginInvocation } from './invocation.js';

// Its part of the configuration holds no signing key: the environment alone, no secret to read.
const feedback = sesEventsJob(loadConfig(process.env, SES_EVENTS_CONFIG));

/** An SES event as EventBridge delivers it: the SES record is the `detail` (a Delivery names its recipients). */
const eventSchema = z.object({
  id: z.string(),
  time: z.iso.datetime(),
  detail: sesEventRecordSchema.extend({
    delivery: z.object({ recipients: z.array(z.string().min(3)) }).optional(),
  }),
});

/** Bounces and complaints feed the suppression list; an event of a campaign mail (tagged) also counts for that campaign. */
export async function handler(event: unknown, context?: { awsRequestId: string }): Promise<void> {
  const { id, time, detail } = eventSchema.parse(event);
  beginInvocation(context, id);
  const deliveredTo = detail.eventType === 'Delivery' ? (detail.delivery?.recipients ?? []) : [];
  await feedback.record(detail, deliveredTo, new Date(time));
  logger.info('ses feedback', { eventType: detail.eventType, messageId: detail.mail.messageId });
}
