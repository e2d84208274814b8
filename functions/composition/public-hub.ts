import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AwsClients } from '../store/clients.js';
import type { HubConfig } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { RegistrationNotifier } from '../registrations/notifier.js';
import { DynamoPublicEventStore } from '../events/dynamo-public-event-store.js';
import { PublicEventService } from '../events/public-event-service.js';
import { DynamoPublicRegistrationStore } from '../registrations/dynamo-public-registration-store.js';
import {
  PublicRegistrationService,
  type PublicRegistrationServiceDeps,
} from '../registrations/public-registration-service.js';
import { DynamoPublicSubscriberStore } from '../newsletter/dynamo-public-subscriber-store.js';
import { DynamoPublicCampaignStore } from '../campaigns/dynamo-public-campaign-store.js';
import {
  buildNewsletterParts,
  type NewsletterParts,
  type NewsletterPartsDeps,
} from '../newsletter/newsletter-parts.js';

/** The stores and services whose class depends on the audience: the public ones, or their staff subclasses. */
export interface AudienceParts {
  eventStore: DynamoPublicEventStore;
  registrationStore: DynamoPublicRegistrationStore;
  subscriberStore: DynamoPublicSubscriberStore;
  campaignStore: DynamoPublicCampaignStore;
  registrations: PublicRegistrationService;
  events: PublicEventService;
}

type StoreClass<T> = new (dynamo: DynamoDBDocumentClient, tableName: string) => T;

/**
 * How to build each audience part. The public function builds the public classes (PUBLIC_AUDIENCE), which
 * hold only what its routes run, so its bundle leaves the staff operations out; the full hub passes their
 * staff subclasses (composition/staff-audience.ts), wired the same way by buildPublicHub.
 */
export interface Audience<P extends AudienceParts> {
  EventStore: StoreClass<P['eventStore']>;
  RegistrationStore: StoreClass<P['registrationStore']>;
  SubscriberStore: StoreClass<P['subscriberStore']>;
  CampaignStore: StoreClass<P['campaignStore']>;
  Registrations: new (
    deps: PublicRegistrationServiceDeps & { events: P['eventStore']; store: P['registrationStore'] },
  ) => P['registrations'];
  events(wiring: {
    store: P['eventStore'];
    registrationStore: P['registrationStore'];
    registrations: P['registrations'];
    notifier: RegistrationNotifier;
    clock: Clock;
  }): P['events'];
}

export const PUBLIC_AUDIENCE: Audience<AudienceParts> = {
  EventStore: DynamoPublicEventStore,
  RegistrationStore: DynamoPublicRegistrationStore,
  SubscriberStore: DynamoPublicSubscriberStore,
  CampaignStore: DynamoPublicCampaignStore,
  Registrations: PublicRegistrationService,
  events: ({ store, clock }) => new PublicEventService(store, clock),
};

/** What the public site and the public API need: events, registrations, the newsletter and its archive. */
export type PublicHubOf<P extends AudienceParts> = NewsletterParts & {
  [K in keyof AudienceParts]: P[K];
} & {
  config: HubConfig;
  clock: Clock;
  signer: LinkSigner;
  notifier: RegistrationNotifier;
};

export type PublicHub = PublicHubOf<AudienceParts>;

/**
 * The mail ports are injected: the public function is meant to queue its mails (transactional outbox) rather
 * than carry the mail composition code, while the full hub sends them directly.
 */
export interface PublicHubDeps {
  clock: Clock;
  signer: LinkSigner;
  /** Registration confirmations, waiting-list promotions and cancellations. */
  notifier: RegistrationNotifier;
  /** The double opt-in confirmation of a newsletter subscription. */
  newsletterConfirmations: NewsletterPartsDeps['confirmations'];
}

export function buildPublicHub(
  config: HubConfig,
  clients: Pick<AwsClients, 'dynamo'>,
  deps: PublicHubDeps,
): PublicHub;
export function buildPublicHub<P extends AudienceParts>(
  config: HubConfig,
  clients: Pick<AwsClients, 'dynamo'>,
  deps: PublicHubDeps,
  audience: Audience<P>,
): PublicHubOf<P>;
export function buildPublicHub(
  config: HubConfig,
  clients: Pick<AwsClients, 'dynamo'>,
  deps: PublicHubDeps,
  audience: Audience<AudienceParts> = PUBLIC_AUDIENCE,
): PublicHub {
  const { clock, signer, notifier } = deps;
  const table = config.HUB_TABLE_NAME;
  const subscriberStore = new audience.SubscriberStore(clients.dynamo, table);
  const campaignStore = new audience.CampaignStore(clients.dynamo, table);
  const newsletterParts = buildNewsletterParts(config, {
    clock,
    signer,
    confirmations: deps.newsletterConfirmations,
    subscriberStore,
    campaignStore,
  });
  const eventStore = new audience.EventStore(clients.dynamo, table);
  const registrationStore = new audience.RegistrationStore(clients.dynamo, table);
  const registrations = new audience.Registrations({
    events: eventStore,
    store: registrationStore,
    notifier,
    clock,
    signer,
    newsletterOptIn: (registration) => newsletterParts.newsletter.subscribeRegistrant(registration),
  });
  const events = audience.events({ store: eventStore, registrationStore, registrations, notifier, clock });
  return {
    ...newsletterParts,
    eventStore,
    registrationStore,
    subscriberStore,
    campaignStore,
    registrations,
    events,
    config,
    clock,
    signer,
    notifier,
  };
}
