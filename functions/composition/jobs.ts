import type { ConfigKey, ConfigPart } from '../config/config.js';
import { systemClock } from '../shared/clock.js';
import { LinkSigner } from '../shared/signed-links.js';
import { createDynamoClient } from '../store/dynamo-client.js';
import { DynamoPublicEventStore } from '../events/dynamo-public-event-store.js';
import { DynamoRegistrationStore } from '../registrations/dynamo-registration-store.js';
import { runReminders, type ReminderRun } from '../registrations/reminder-job.js';
import { DynamoRetentionStore } from '../rgpd/dynamo-retention-store.js';
import { RetentionService, type RetentionRun } from '../rgpd/retention-service.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import type { CampaignFeedback } from '../campaigns/campaign-feedback.js';
import type { BatchResponse, QueueBatch } from '../queue/queue.js';
import type { MailDelivery } from '../mail/mail-worker.js';
import { createAwsClients, suppressingSesMailer } from './adapters.js';
import { buildMailServices, buildMailWorker } from './mail-services.js';
import { buildCampaignFeedback, buildCampaignJobs } from './campaign-services.js';

// Each job builds what it runs and nothing else (not the hub, S3, the kits nor the sign-in), from the part of
// the configuration it reads: its Lambda parses that part alone (loadLambdaConfig).

type PartOf<K extends readonly ConfigKey[]> = ConfigPart<K[number]>;

const DYNAMODB = ['HUB_TABLE_NAME', 'AWS_REGION', 'DYNAMODB_ENDPOINT'] as const;
const SES = ['SES_ENDPOINT', 'HUB_MAIL_FROM', 'HUB_MAIL_FROM_NAME', 'HUB_SES_CONFIGURATION_SET'] as const;
const MAIL_WORKER = [...DYNAMODB, ...SES, 'HUB_BASE_URL', 'HUB_SES_MAX_RATE', 'HUB_SIGNING_KEY'] as const;
const AUTO_PAUSE = [
  'HUB_STAFF_EMAILS',
  'HUB_BASE_URL',
  'HUB_CAMPAIGN_MAX_BOUNCE_RATE',
  'HUB_CAMPAIGN_MAX_COMPLAINT_RATE',
  'HUB_CAMPAIGN_PAUSE_MIN_SENT',
] as const;

export const REMINDERS_CONFIG = [...MAIL_WORKER, 'HUB_MAIL_OUTBOX'] as const;

/** The reminders that are due, queued in the outbox (sent in process when HUB_MAIL_OUTBOX is `in-process`). */
export function reminderJob(config: PartOf<typeof REMINDERS_CONFIG>): () => Promise<ReminderRun> {
  const clients = createAwsClients(config);
  const table = config.HUB_TABLE_NAME;
  const { notifier } = buildMailServices(config, clients.dynamo, {
    mailer: suppressingSesMailer(clients.ses, config, new DynamoSuppressionList(clients.dynamo, table)),
    signer: new LinkSigner(config.HUB_SIGNING_KEY),
    clock: systemClock,
  });
  const deps = {
    eventStore: new DynamoPublicEventStore(clients.dynamo, table),
    registrationStore: new DynamoRegistrationStore(clients.dynamo, table),
    notifier,
  };
  // Due relative to the real clock, not the scheduled time: a late retry must not send early ones.
  return () => runReminders(deps, systemClock.now());
}

export const RETENTION_CONFIG = [...DYNAMODB, 'HUB_RETENTION_DAYS'] as const;

/** The erasure of personal data past their retention: the table alone. */
export function retentionJob(config: PartOf<typeof RETENTION_CONFIG>): () => Promise<RetentionRun> {
  const retention = new RetentionService(
    new DynamoRetentionStore(createDynamoClient(config), config.HUB_TABLE_NAME),
    config.HUB_RETENTION_DAYS,
  );
  return () => retention.run(systemClock.now());
}

export const CAMPAIGN_JOBS_CONFIG = [
  ...MAIL_WORKER,
  ...AUTO_PAUSE,
  'HUB_CAMPAIGN_QUEUE_URL',
  'HUB_UNSUBSCRIBE_MAILTO',
] as const;

/** The schedule tick: starts the scheduled campaigns whose time has come (their fan-out goes to the queue). */
export function campaignTickJob(config: PartOf<typeof CAMPAIGN_JOBS_CONFIG>): () => Promise<string[]> {
  const { campaignFanout } = buildCampaignJobs(config, createAwsClients(config), systemClock);
  return () => campaignFanout.startDue(systemClock.now());
}

/** The campaign queue's consumer: fans out, then mails each page of recipients once. */
export function campaignWorkerJob(
  config: PartOf<typeof CAMPAIGN_JOBS_CONFIG>,
): (batch: QueueBatch) => Promise<BatchResponse> {
  const { campaignWorker } = buildCampaignJobs(config, createAwsClients(config), systemClock);
  return (batch) => campaignWorker.handleBatch(batch);
}

export const MAIL_WORKER_CONFIG = MAIL_WORKER;

/** The outbox's consumer and what it sends with: every cold start delays a waiting mail. */
export function mailWorkerJob(
  config: PartOf<typeof MAIL_WORKER_CONFIG>,
): (deliveries: MailDelivery[]) => Promise<BatchResponse> {
  const clients = createAwsClients(config);
  const worker = buildMailWorker(config, clients.dynamo, {
    mailer: suppressingSesMailer(
      clients.ses,
      config,
      new DynamoSuppressionList(clients.dynamo, config.HUB_TABLE_NAME),
    ),
    signer: new LinkSigner(config.HUB_SIGNING_KEY),
    clock: systemClock,
  });
  return (deliveries) => worker.handleDeliveries(deliveries);
}

export const SES_EVENTS_CONFIG = [...DYNAMODB, ...SES, ...AUTO_PAUSE] as const;

/** SES feedback: the table, and SES for the staff notice of an automatic pause; no signing key, no queue. */
export function sesEventsJob(config: PartOf<typeof SES_EVENTS_CONFIG>): CampaignFeedback {
  return buildCampaignFeedback(config, createAwsClients(config), systemClock);
}
