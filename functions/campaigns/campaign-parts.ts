import type { HubConfig } from '../config/config.js';
import type { AwsClients } from '../store/clients.js';
import type { Clock } from '../shared/clock.js';
import type { Mailer } from '../mail/mailer.js';
import { SesMailer } from '../mail/ses-mailer.js';
import type { LiveRegistrationReader, RegistrationReader } from '../registrations/registration-store.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import type { NewsletterParts } from '../newsletter/newsletter-parts.js';
import type { DynamoSubscriberAdminStore } from '../newsletter/dynamo-subscriber-admin-store.js';
import type { DynamoCampaignAdminStore } from './dynamo-campaign-admin-store.js';
import type { Queue } from '../queue/queue.js';
import { LocalQueue } from '../queue/local-queue.js';
import {
  CAMPAIGN_BATCH_SIZE,
  CAMPAIGN_MAX_RECEIVE_COUNT,
  CAMPAIGN_VISIBILITY_TIMEOUT_SECONDS,
  campaignWorkerConcurrency,
} from '../contract/queues.js';
import { createSqsQueue } from '../queue/sqs-client.js';
import { DynamoTokenBucket } from '../mail/dynamo-token-bucket.js';
import { CampaignFanout } from './campaign-fanout.js';
import { CampaignWorker, type WorkerDeps } from './campaign-worker.js';
import { CampaignService } from './campaign-service.js';
import { CampaignStaffMails } from './campaign-mails.js';
import { mjmlCampaignCompiler } from './campaign-compiler.js';
import { CampaignFeedback } from './campaign-feedback.js';

/** The staff side of campaigns (compose, send, pause) and the jobs that fan out and send them. */
export interface CampaignParts {
  /** SQS when HUB_CAMPAIGN_QUEUE_URL is set; otherwise an in-process LocalQueue the local hub consumes. */
  campaignQueue: Queue;
  campaignFanout: CampaignFanout;
  campaignWorkerDeps: WorkerDeps;
  campaignWorker: CampaignWorker;
  campaigns: CampaignService;
  campaignFeedback: CampaignFeedback;
}

export interface CampaignPartsDeps {
  clock: Clock;
  mailer: Mailer;
  registrations: RegistrationReader & LiveRegistrationReader;
  /** When an event ends (ISO); undefined when there is no such event. */
  eventEndsAt(id: string): Promise<string | undefined>;
  queue?: Queue | undefined;
  /** The subscribers, links, campaign store and tracking the public hub already built. */
  newsletter: NewsletterParts & {
    subscriberStore: DynamoSubscriberAdminStore;
    campaignStore: DynamoCampaignAdminStore;
  };
}

/** The campaigns capability's share of the composition root, on top of the public newsletter parts. */
export function buildCampaignParts(
  config: HubConfig,
  clients: AwsClients,
  deps: CampaignPartsDeps,
): CampaignParts {
  const { clock, mailer } = deps;
  const { subscriberStore, newsletterLinks, campaignStore, campaignTracking } = deps.newsletter;
  const table = config.HUB_TABLE_NAME;
  const suppression = new DynamoSuppressionList(clients.dynamo, table);
  const campaignQueue =
    deps.queue ??
    (config.HUB_CAMPAIGN_QUEUE_URL
      ? createSqsQueue(config.HUB_CAMPAIGN_QUEUE_URL, config.AWS_REGION)
      : new LocalQueue({
          batchSize: CAMPAIGN_BATCH_SIZE,
          visibilityTimeoutMs: CAMPAIGN_VISIBILITY_TIMEOUT_SECONDS * 1000,
          maxReceiveCount: CAMPAIGN_MAX_RECEIVE_COUNT,
          concurrency: campaignWorkerConcurrency(config.HUB_SES_MAX_RATE),
        }));
  const mailerFor = (fromName: string | undefined): Mailer =>
    new SesMailer(clients.ses, {
      from: config.HUB_MAIL_FROM,
      fromName: fromName ?? config.HUB_MAIL_FROM_NAME,
      configurationSet: config.HUB_SES_CONFIGURATION_SET,
    });
  const audience = {
    subscribers: subscriberStore,
    registrations: deps.registrations,
    suppression,
    eventEndsAt: deps.eventEndsAt,
  };
  const campaignFanout = new CampaignFanout({
    ...audience,
    campaigns: campaignStore,
    queue: campaignQueue,
    clock,
  });
  const campaignWorkerDeps: WorkerDeps = {
    pauseIfUnhealthy: (campaign) => campaigns.pauseIfUnhealthy(campaign),
    subscribers: subscriberStore,
    suppression,
    registrations: deps.registrations,
    campaigns: campaignStore,
    fanout: campaignFanout,
    rate: new DynamoTokenBucket(clients.dynamo, table, { rate: config.HUB_SES_MAX_RATE }),
    mailerFor,
    links: newsletterLinks,
    tracking: campaignTracking,
    clock,
  };
  const campaigns = new CampaignService({
    store: campaignStore,
    compiler: mjmlCampaignCompiler,
    queue: campaignQueue,
    links: newsletterLinks,
    mailerFor,
    staffMails: new CampaignStaffMails(mailer, {
      staffEmails: config.HUB_STAFF_EMAILS,
      baseUrl: config.HUB_BASE_URL,
    }),
    staffEmails: config.HUB_STAFF_EMAILS,
    topicSlugs: async () => (await subscriberStore.listTopics()).map((topic) => topic.slug),
    eventEndsAt: deps.eventEndsAt,
    pause: {
      maxBounceRate: config.HUB_CAMPAIGN_MAX_BOUNCE_RATE,
      maxComplaintRate: config.HUB_CAMPAIGN_MAX_COMPLAINT_RATE,
      minSent: config.HUB_CAMPAIGN_PAUSE_MIN_SENT,
    },
    clock,
  });
  const campaignFeedback = new CampaignFeedback({
    suppression,
    campaigns: campaignStore,
    service: campaigns,
    clock,
  });
  return {
    campaignQueue,
    campaignFanout,
    campaignWorkerDeps,
    campaignWorker: new CampaignWorker(campaignWorkerDeps),
    campaigns,
    campaignFeedback,
  };
}
