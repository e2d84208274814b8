import type { AwsClients } from '../store/clients.js';
import type { HubConfig } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { RegistrationNotifier } from '../registrations/notifier.js';
import { DynamoEventStore } from '../events/dynamo-event-store.js';
import { EventService } from '../events/event-service.js';
import { renderMarkdown } from '../events/markdown.js';
import { DynamoRegistrationStore } from '../registrations/dynamo-registration-store.js';
import { RegistrationService } from '../registrations/registration-service.js';
import {
  buildNewsletterParts,
  type NewsletterParts,
  type NewsletterPartsDeps,
} from '../newsletter/newsletter-parts.js';

/** What the public site and the public API need: events, registrations, the newsletter and its archive. */
export interface PublicHub extends NewsletterParts {
  config: HubConfig;
  clock: Clock;
  signer: LinkSigner;
  notifier: RegistrationNotifier;
  eventStore: DynamoEventStore;
  registrationStore: DynamoRegistrationStore;
  registrations: RegistrationService;
  events: EventService;
}

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
): PublicHub {
  const { clock, signer, notifier } = deps;
  const newsletterParts = buildNewsletterParts(config, clients, {
    clock,
    signer,
    confirmations: deps.newsletterConfirmations,
  });
  const eventStore = new DynamoEventStore(clients.dynamo, config.HUB_TABLE_NAME);
  const registrationStore = new DynamoRegistrationStore(clients.dynamo, config.HUB_TABLE_NAME);
  const registrations = new RegistrationService({
    events: eventStore,
    store: registrationStore,
    notifier,
    clock,
    signer,
    newsletterOptIn: (registration) => newsletterParts.newsletter.subscribeRegistrant(registration),
  });
  // Descriptions are rendered when staff save an event (markdown-it is imported then); reads never render.
  const events = new EventService(
    eventStore,
    registrationStore,
    notifier,
    clock,
    registrations,
    renderMarkdown,
  );
  return {
    ...newsletterParts,
    config,
    clock,
    signer,
    notifier,
    eventStore,
    registrationStore,
    registrations,
    events,
  };
}
