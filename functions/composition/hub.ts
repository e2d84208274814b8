import type { AwsClients } from '../store/clients.js';
import type { HubConfig } from '../config/config.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { LinkSigner } from '../shared/signed-links.js';
import type { Mailer } from '../mail/mailer.js';
import { DynamoSuppressionList } from '../suppression/dynamo-suppression-list.js';
import type { RegistrationNotifier } from '../registrations/notifier.js';
import type { SignInMails } from '../auth/sign-in-mails.js';
import { MagicLinkMails } from '../mail/sign-in-mails.js';
import { SignInService } from '../auth/sign-in-service.js';
import { DynamoSignInStore } from '../auth/dynamo-sign-in-store.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { buildKitParts } from '../kits/kit-parts.js';
import type { PartnerService } from '../partners/partner-service.js';
import type { KitService } from '../kits/kit-service.js';
import { buildCampaignParts, type CampaignParts } from '../campaigns/campaign-parts.js';
import type { Queue } from '../queue/queue.js';
import { buildRgpdParts, type RgpdParts } from '../rgpd/rgpd-parts.js';
import { DynamoEventAdminStore } from '../events/dynamo-event-admin-store.js';
import { EventAdminService } from '../events/event-admin-service.js';
import { renderMarkdown } from '../events/markdown.js';
import { DynamoRegistrationAdminStore } from '../registrations/dynamo-registration-admin-store.js';
import { RegistrationAdminService } from '../registrations/registration-admin-service.js';
import { DynamoSubscriberAdminStore } from '../newsletter/dynamo-subscriber-admin-store.js';
import { DynamoCampaignAdminStore } from '../campaigns/dynamo-campaign-admin-store.js';
import { buildPublicHub, type PublicHub } from './public-hub.js';
import { suppressingSesMailer } from '../mail/direct-mail.js';
import { buildMailParts, type MailParts } from '../mail/mail-parts.js';
import { TopicService } from '../newsletter/topic-service.js';

/**
 * The staff classes the full hub holds where the public hub holds the public ones: each given the public
 * object it adds to, they answer the public operations too.
 */
export interface StaffParts {
  eventStore: DynamoEventAdminStore;
  registrationStore: DynamoRegistrationAdminStore;
  subscriberStore: DynamoSubscriberAdminStore;
  campaignStore: DynamoCampaignAdminStore;
  registrations: RegistrationAdminService;
  events: EventAdminService;
}

/** Everything the HTTP layer and the jobs need, built once per process from configuration. */
export interface Hub
  extends Omit<PublicHub, keyof StaffParts>, StaffParts, CampaignParts, RgpdParts, MailParts {
  mailer: Mailer;
  /** Addresses SES feedback suppressed, and the dashboard's figures of them. */
  suppression: DynamoSuppressionList;
  signInMails: SignInMails;
  signIn: SignInService;
  /** Kit files and ZIPs (S3; s3rver locally). */
  blobs: BlobStore;
  partners: PartnerService;
  kits: KitService;
  /** The newsletter's topics, as staff manage them. */
  topics: TopicService;
}

export interface HubOverrides {
  clock?: Clock;
  mailer?: Mailer;
  notifier?: RegistrationNotifier;
  signInMails?: SignInMails;
  blobs?: BlobStore;
  campaignQueue?: Queue;
}

/** The public hub, plus what staff, partners and the jobs use; every mail is sent from the process. */
export function buildHub(config: HubConfig, clients: AwsClients, overrides: HubOverrides = {}): Hub {
  const clock = overrides.clock ?? systemClock;
  const signer = new LinkSigner(config.HUB_SIGNING_KEY);
  const suppression = new DynamoSuppressionList(clients.dynamo, config.HUB_TABLE_NAME);
  const mailer = overrides.mailer ?? suppressingSesMailer(config, clients, suppression);
  const mailParts = buildMailParts(config, clients, { mailer, signer, clock, notifier: overrides.notifier });
  const publicServices = buildPublicHub(config, clients, {
    clock,
    signer,
    notifier: mailParts.notifier,
    newsletterConfirmations: mailParts.newsletterConfirmations,
  });
  const publicHub = { ...publicServices, ...buildStaffParts(config, clients, publicServices) };
  const signInMails = overrides.signInMails ?? new MagicLinkMails(mailer);
  const kitParts = buildKitParts(config, clients, { clock, mailer, signer, blobs: overrides.blobs });
  const signIn = new SignInService(
    new DynamoSignInStore(clients.dynamo, config.HUB_TABLE_NAME),
    signInMails,
    clock,
    {
      baseUrl: config.HUB_BASE_URL,
      staffEmails: config.HUB_STAFF_EMAILS,
      members: kitParts.partners,
    },
  );
  const campaignParts = buildCampaignParts(config, clients, {
    clock,
    mailer,
    registrations: publicHub.registrationStore,
    eventEndsAt: async (id) => (await publicHub.eventStore.get(id))?.endsAt,
    queue: overrides.campaignQueue,
    newsletter: publicHub,
  });
  const rgpdParts = buildRgpdParts(config, clients, { clock, seats: publicHub.registrations });
  return {
    ...publicHub,
    ...kitParts,
    ...campaignParts,
    ...rgpdParts,
    ...mailParts,
    mailer,
    suppression,
    signInMails,
    signIn,
    topics: new TopicService(publicHub.subscriberStore),
  };
}

/** The staff stores and services, over the public ones they add to. */
function buildStaffParts(
  config: HubConfig,
  clients: AwsClients,
  publicHub: ReturnType<typeof buildPublicHub>,
): StaffParts {
  const { clock, notifier } = publicHub;
  const table = config.HUB_TABLE_NAME;
  const eventStore = new DynamoEventAdminStore(publicHub.eventStore, clients.dynamo, table);
  const registrationStore = new DynamoRegistrationAdminStore(
    publicHub.registrationStore,
    clients.dynamo,
    table,
  );
  const registrations = new RegistrationAdminService(publicHub.registrations, {
    events: eventStore,
    store: registrationStore,
    notifier,
    clock,
  });
  return {
    eventStore,
    registrationStore,
    subscriberStore: new DynamoSubscriberAdminStore(publicHub.subscriberStore, clients.dynamo, table),
    campaignStore: new DynamoCampaignAdminStore(publicHub.campaignStore, clients.dynamo, table),
    registrations,
    // Descriptions are rendered when staff save an event (markdown-it is imported then); reads never render.
    events: new EventAdminService(
      publicHub.events,
      eventStore,
      registrationStore,
      notifier,
      clock,
      registrations,
      renderMarkdown,
    ),
  };
}
