import type { HubConfig } from '../config/config.js';
import type { AwsClients } from '../store/clients.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { Mailer } from '../mail/mailer.js';
import { SesMailer } from '../mail/ses-mailer.js';
import type { RegistrationReader } from '../registrations/registration-store.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import { DynamoSubscriberStore } from '../newsletter/dynamo-subscriber-store.js';
import { NewsletterLinks } from '../newsletter/newsletter-links.js';
import type { NewsletterConfirmations } from '../newsletter/newsletter-confirmations.js';
import { NewsletterService } from '../newsletter/newsletter-service.js';
import type { Queue } from '../queue/queue.js';
import { LocalQueue } from '../queue/local-queue.js';
import {
  CAMPAIGN_BATCH_SIZE,
  CAMPAIGN_MAX_RECEIVE_COUNT,
  CAMPAIGN_VISIBILITY_TIMEOUT_SECONDS,
  campaignWorkerConcurrency,
} from './worker-pool.js';
import { createSqsQueue } from '../queue/sqs-client.js';
import { DynamoCampaignStore } from './dynamo-campaign-store.js';
import { DynamoTokenBucket } from './dynamo-token-bucket.js';
import { CampaignFanout } from './campaign-fanout.js';
import { CampaignWorker, type WorkerDeps } from './campaign-worker.js';
import { CampaignService } from './campaign-service.js';
import { CampaignStaffMails } from './campaign-mails.js';
import { mjmlCampaignCompiler } from './campaign-compiler.js';
import { CampaignFeedback } from './campaign-feedback.js';
import { CampaignTracking } from './campaign-tracking-rules.js';
import { CampaignTrackingService } from './campaign-tracking-service.js';
import { ArchiveService } from '../newsletter/archive-service.js';

export interface CampaignParts {
  subscriberStore: DynamoSubscriberStore;
  newsletterLinks: NewsletterLinks;
  newsletter: NewsletterService;
  campaignStore: DynamoCampaignStore;
  /** SQS when HUB_CAMPAIGN_QUEUE_URL is set; otherwise an in-process LocalQueue the local hub consumes. */
  campaignQueue: Queue;
  campaignFanout: CampaignFanout;
  campaignWorkerDeps: WorkerDeps;
  campaignWorker: CampaignWorker;
  campaigns: CampaignService;
  campaignFeedback: CampaignFeedback;
  /** Counts what the redirect and pixel URLs of campaign mails report. */
  campaignTrackingService: CampaignTrackingService;
  /** The public archive of sent campaigns and its Atom feed. */
  archive: ArchiveService;
}

export interface CampaignPartsDeps {
  clock: Clock;
  signer: LinkSigner;
  mailer: Mailer;
  registrations: RegistrationReader;
  /** When an event ends (ISO); undefined when there is no such event. */
  eventEndsAt(id: string): Promise<string | undefined>;
  queue?: Queue | undefined;
  /** The double opt-in mail (queued on the transactional-mail outbox). */
  newsletterConfirmations: NewsletterConfirmations;
}

/** The newsletter and campaigns capability's share of the composition root (hub.ts only gains one line). */
export function buildCampaignParts(
  config: HubConfig,
  clients: AwsClients,
  deps: CampaignPartsDeps,
): CampaignParts {
  const { clock, signer, mailer } = deps;
  const table = config.HUB_TABLE_NAME;
  const subscriberStore = new DynamoSubscriberStore(clients.dynamo, table);
  const suppression = new DynamoSuppressionList(clients.dynamo, table);
  const newsletterLinks = new NewsletterLinks({
    baseUrl: config.HUB_BASE_URL,
    signer,
    unsubscribeMailbox:
      config.HUB_UNSUBSCRIBE_MAILTO ?? `desabonnement@${config.HUB_MAIL_FROM.split('@')[1]}`,
  });
  const campaignStore = new DynamoCampaignStore(clients.dynamo, table);
  const newsletter = new NewsletterService({
    store: subscriberStore,
    mails: deps.newsletterConfirmations,
    links: newsletterLinks,
    signer,
    clock,
    confirmDays: config.HUB_NEWSLETTER_CONFIRM_DAYS,
    onUnsubscribe: async (email) => {
      const campaignId = await campaignStore.lastCampaignMailedTo(email);
      if (campaignId) await campaignStore.addStats(campaignId, { unsubscribed: 1 });
    },
  });
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
  const campaignTracking = new CampaignTracking(signer, config.HUB_BASE_URL);
  const campaignWorkerDeps: WorkerDeps = {
    pauseIfUnhealthy: (campaign) => campaigns.pauseIfUnhealthy(campaign),
    subscribers: subscriberStore,
    suppression,
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
    subscriberStore,
    newsletterLinks,
    newsletter,
    campaignStore,
    campaignQueue,
    campaignFanout,
    campaignWorkerDeps,
    campaignWorker: new CampaignWorker(campaignWorkerDeps),
    campaigns,
    campaignFeedback,
    campaignTrackingService: new CampaignTrackingService({
      store: campaignStore,
      tracking: campaignTracking,
      clock,
    }),
    archive: new ArchiveService({
      campaigns: campaignStore,
      links: newsletterLinks,
      baseUrl: config.HUB_BASE_URL,
      clock,
    }),
  };
}
