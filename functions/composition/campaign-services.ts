import type { ConfigPart } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { Mailer } from '../mail/mailer.js';
import type { LiveRegistrationReader, RegistrationReader } from '../registrations/registration-store.js';
import type { SubscriberAdminStore } from '../newsletter/subscriber-store.js';
import type { DynamoSubscriberAdminStore } from '../newsletter/dynamo-subscriber-admin-store.js';
import type { NewsletterLinks } from '../newsletter/newsletter-links.js';
import type { SuppressionList } from '../suppression/suppression-list.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import type { Queue } from '../queue/queue.js';
import type { Campaign } from '../campaigns/campaign.js';
import type { CampaignAdminStore } from '../campaigns/campaign-store.js';
import type { DynamoCampaignAdminStore } from '../campaigns/dynamo-campaign-admin-store.js';
import { CampaignFanout } from '../campaigns/campaign-fanout.js';
import { CampaignWorker, type WorkerDeps } from '../campaigns/campaign-worker.js';
import { CampaignService } from '../campaigns/campaign-service.js';
import { mjmlCampaignCompiler } from '../campaigns/campaign-compiler.js';
import { CampaignFeedback } from '../campaigns/campaign-feedback.js';
import type { CampaignTracking } from '../campaigns/campaign-tracking-rules.js';
import { sesMailer, sesQuota, type AwsClients, type SenderConfig } from './adapters.js';
import { campaignQueue } from './sqs-adapters.js';
import { autoPause, type AutoPauseConfig } from './feedback-services.js';

/** What the fan-out and the worker read: the table, the sender, the SES quota and the queue. */
export type CampaignSendingConfig = SenderConfig &
  ConfigPart<'HUB_TABLE_NAME' | 'HUB_SES_MAX_RATE' | 'HUB_CAMPAIGN_QUEUE_URL' | 'AWS_REGION'>;

/** The stores and ports a campaign is sent with. */
export interface CampaignSendingDeps {
  clock: Clock;
  queue: Queue;
  subscribers: SubscriberAdminStore;
  campaigns: CampaignAdminStore;
  registrations: RegistrationReader & LiveRegistrationReader;
  suppression: SuppressionList;
  /** When an event ends (ISO); undefined when there is no such event. */
  eventEndsAt(id: string): Promise<string | undefined>;
  /** The addresses in the event's replay audit. */
  replayViewers(eventId: string): Promise<Set<string>>;
  links: NewsletterLinks;
  tracking: CampaignTracking;
  pauseIfUnhealthy(campaign: Campaign): Promise<boolean>;
}

export interface CampaignSending {
  campaignFanout: CampaignFanout;
  campaignWorkerDeps: WorkerDeps;
  campaignWorker: CampaignWorker;
}

/** The fan-out into pages of recipients and the worker that mails them, at the SES quota. */
export function buildCampaignSending(
  config: CampaignSendingConfig,
  clients: AwsClients,
  deps: CampaignSendingDeps,
): CampaignSending {
  const { clock, queue, subscribers, campaigns, registrations, suppression, eventEndsAt, replayViewers } =
    deps;
  const campaignFanout = new CampaignFanout({
    subscribers,
    registrations,
    suppression,
    eventEndsAt,
    replayViewers,
    campaigns,
    queue,
    clock,
  });
  const campaignWorkerDeps: WorkerDeps = {
    pauseIfUnhealthy: deps.pauseIfUnhealthy,
    subscribers,
    suppression,
    registrations,
    replayViewers,
    campaigns,
    fanout: campaignFanout,
    rate: sesQuota(clients.dynamo, config),
    mailerFor: (fromName) => sesMailer(clients.ses, config, fromName),
    links: deps.links,
    tracking: deps.tracking,
    clock,
  };
  return { campaignFanout, campaignWorkerDeps, campaignWorker: new CampaignWorker(campaignWorkerDeps) };
}

/** The staff side of campaigns (compose, send, pause) and the jobs that fan out and send them. */
export interface CampaignServices extends CampaignSending {
  /** SQS when HUB_CAMPAIGN_QUEUE_URL is set; otherwise an in-process LocalQueue the local hub consumes. */
  campaignQueue: Queue;
  campaigns: CampaignService;
  campaignFeedback: CampaignFeedback;
}

export interface CampaignServicesDeps {
  clock: Clock;
  mailer: Mailer;
  registrations: RegistrationReader & LiveRegistrationReader;
  /** When an event ends (ISO); undefined when there is no such event. */
  eventEndsAt(id: string): Promise<string | undefined>;
  /** The addresses in the event's replay audit. */
  replayViewers(eventId: string): Promise<Set<string>>;
  queue?: Queue | undefined;
  subscribers: DynamoSubscriberAdminStore;
  campaignStore: DynamoCampaignAdminStore;
  /** The links and tracking the public services already built. */
  links: NewsletterLinks;
  tracking: CampaignTracking;
}

/** The full hub's campaigns, on top of the public newsletter services. */
export function buildCampaignServices(
  config: CampaignSendingConfig & AutoPauseConfig,
  clients: AwsClients,
  deps: CampaignServicesDeps,
): CampaignServices {
  const { clock, subscribers, campaignStore } = deps;
  const suppression = new DynamoSuppressionList(clients.dynamo, config.HUB_TABLE_NAME);
  const queue = deps.queue ?? campaignQueue(config);
  const pause = autoPause(config, { store: campaignStore, mailer: deps.mailer, clock });
  const campaigns = new CampaignService({
    ...pause,
    store: campaignStore,
    compiler: mjmlCampaignCompiler,
    queue,
    links: deps.links,
    mailerFor: (fromName) => sesMailer(clients.ses, config, fromName),
    staffEmails: config.HUB_STAFF_EMAILS,
    topicSlugs: async () => (await subscribers.listTopics()).map((topic) => topic.slug),
    eventEndsAt: deps.eventEndsAt,
  });
  const sending = buildCampaignSending(config, clients, {
    clock,
    queue,
    subscribers,
    campaigns: campaignStore,
    registrations: deps.registrations,
    suppression,
    eventEndsAt: deps.eventEndsAt,
    replayViewers: deps.replayViewers,
    links: deps.links,
    tracking: deps.tracking,
    pauseIfUnhealthy: (campaign) => campaigns.pauseIfUnhealthy(campaign),
  });
  const campaignFeedback = new CampaignFeedback({
    suppression,
    campaigns: campaignStore,
    service: campaigns,
    clock,
  });
  return { ...sending, campaignQueue: queue, campaigns, campaignFeedback };
}
