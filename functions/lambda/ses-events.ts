import { z } from 'zod';
import { pick } from 'zod/mini';
import { configSchema } from '../config/config.js';
import { createAwsClients } from '../store/clients.js';
import { SesMailer } from '../mail/ses-mailer.js';
import { systemClock } from '../shared/clock.js';
import { logger } from '../shared/logger.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import { SuppressingMailer } from '../suppression/suppressing-mailer.js';
import { sesEventRecordSchema } from '../suppression/feedback-rules.js';
import { DynamoCampaignAdminStore } from '../campaigns/dynamo-campaign-admin-store.js';
import { DynamoCampaignStore } from '../campaigns/dynamo-campaign-store.js';
import { CampaignFeedback } from '../campaigns/campaign-feedback.js';
import { CampaignStaffMails } from '../campaigns/campaign-mails.js';
import { pauseIfUnhealthy } from '../campaigns/campaign-auto-pause.js';
import { beginInvocation } from './invocation.js';

// The table, and SES for the staff notice of an automatic pause: no signing key, no queue, no hub.
const env = pick(configSchema, {
  HUB_TABLE_NAME: true,
  HUB_BASE_URL: true,
  HUB_STAFF_EMAILS: true,
  HUB_MAIL_FROM: true,
  HUB_MAIL_FROM_NAME: true,
  HUB_SES_CONFIGURATION_SET: true,
  HUB_CAMPAIGN_MAX_BOUNCE_RATE: true,
  HUB_CAMPAIGN_MAX_COMPLAINT_RATE: true,
  HUB_CAMPAIGN_PAUSE_MIN_SENT: true,
  AWS_REGION: true,
  DYNAMODB_ENDPOINT: true,
  SES_ENDPOINT: true,
}).parse(process.env);
const clients = createAwsClients(env);
const suppression = new DynamoSuppressionList(clients.dynamo, env.HUB_TABLE_NAME);
const campaigns = new DynamoCampaignAdminStore(
  new DynamoCampaignStore(clients.dynamo, env.HUB_TABLE_NAME),
  clients.dynamo,
  env.HUB_TABLE_NAME,
);
const staffMails = new CampaignStaffMails(
  new SuppressingMailer(
    new SesMailer(clients.ses, {
      from: env.HUB_MAIL_FROM,
      fromName: env.HUB_MAIL_FROM_NAME,
      configurationSet: env.HUB_SES_CONFIGURATION_SET,
    }),
    suppression,
  ),
  { staffEmails: env.HUB_STAFF_EMAILS, baseUrl: env.HUB_BASE_URL },
);
const pause = {
  maxBounceRate: env.HUB_CAMPAIGN_MAX_BOUNCE_RATE,
  maxComplaintRate: env.HUB_CAMPAIGN_MAX_COMPLAINT_RATE,
  minSent: env.HUB_CAMPAIGN_PAUSE_MIN_SENT,
};
const feedback = new CampaignFeedback({
  suppression,
  campaigns,
  service: {
    pauseIfUnhealthy: (campaign) =>
      pauseIfUnhealthy({ store: campaigns, staffMails, pause, clock: systemClock }, campaign),
  },
  clock: systemClock,
});

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
