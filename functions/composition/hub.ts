import type { AwsClients } from '../store/clients.js';
import type { HubConfig } from '../config/config.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { LinkSigner } from '../shared/signed-links.js';
import type { Mailer } from '../mail/mailer.js';
import { SesMailer } from '../mail/ses-mailer.js';
import { SuppressingMailer } from '../suppression/suppressing-mailer.js';
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
import { DynamoEventStore } from '../events/dynamo-event-store.js';
import { EventService } from '../events/event-service.js';
import { renderMarkdown } from '../events/markdown.js';
import { DynamoRegistrationStore } from '../registrations/dynamo-registration-store.js';
import { RegistrationService } from '../registrations/registration-service.js';
import { buildCampaignParts, type CampaignParts } from '../campaigns/campaign-parts.js';
import type { Queue } from '../queue/queue.js';
import { buildRgpdParts, type RgpdParts } from '../rgpd/rgpd-parts.js';
import { buildMailParts, type MailParts } from '../mail/mail-parts.js';

/** Everything the HTTP layer and the jobs need, built once per process from configuration. */
export interface Hub extends CampaignParts, RgpdParts, MailParts {
  config: HubConfig;
  clock: Clock;
  signer: LinkSigner;
  mailer: Mailer;
  /** Addresses SES feedback suppressed, and the dashboard's figures of them. */
  suppression: DynamoSuppressionList;
  notifier: RegistrationNotifier;
  signInMails: SignInMails;
  signIn: SignInService;
  /** Kit files and ZIPs (S3; s3rver locally). */
  blobs: BlobStore;
  partners: PartnerService;
  kits: KitService;
  eventStore: DynamoEventStore;
  registrationStore: DynamoRegistrationStore;
  registrations: RegistrationService;
  events: EventService;
}

export interface HubOverrides {
  clock?: Clock;
  mailer?: Mailer;
  notifier?: RegistrationNotifier;
  signInMails?: SignInMails;
  blobs?: BlobStore;
  campaignQueue?: Queue;
}

export function buildHub(config: HubConfig, clients: AwsClients, overrides: HubOverrides = {}): Hub {
  const clock = overrides.clock ?? systemClock;
  const signer = new LinkSigner(config.HUB_SIGNING_KEY);
  const suppression = new DynamoSuppressionList(clients.dynamo, config.HUB_TABLE_NAME);
  const mailer =
    overrides.mailer ??
    new SuppressingMailer(
      new SesMailer(clients.ses, {
        from: config.HUB_MAIL_FROM,
        fromName: config.HUB_MAIL_FROM_NAME,
        configurationSet: config.HUB_SES_CONFIGURATION_SET,
      }),
      suppression,
    );
  const mailParts = buildMailParts(config, clients, { mailer, signer, clock, notifier: overrides.notifier });
  const { notifier } = mailParts;
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
  const eventStore = new DynamoEventStore(clients.dynamo, config.HUB_TABLE_NAME);
  const registrationStore = new DynamoRegistrationStore(clients.dynamo, config.HUB_TABLE_NAME);
  const registrations = new RegistrationService({
    events: eventStore,
    store: registrationStore,
    notifier,
    clock,
    signer,
    // Bound late: the newsletter is built with the campaign parts below.
    newsletterOptIn: (registration) => campaignParts.newsletter.subscribeRegistrant(registration),
  });
  const events = new EventService(eventStore, registrationStore, notifier, clock, registrations, renderMarkdown);
  const campaignParts = buildCampaignParts(config, clients, {
    clock,
    signer,
    mailer,
    registrations: registrationStore,
    eventEndsAt: async (id) => (await eventStore.get(id))?.endsAt,
    queue: overrides.campaignQueue,
    newsletterConfirmations: mailParts.newsletterConfirmations,
  });
  const rgpdParts = buildRgpdParts(config, clients, { clock, seats: registrations });
  return { ...kitParts, ...campaignParts, ...rgpdParts, ...mailParts, config, clock, signer, mailer, suppression, notifier, signInMails, signIn, eventStore, registrationStore, events, registrations };
}
