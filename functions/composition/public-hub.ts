import type { AwsClients } from './adapters.js';
import type { ConfigPart } from '../config/config.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { RegistrationNotifier } from '../registrations/notifier.js';
import type { RegistrationStore } from '../registrations/registration-store.js';
import type { EventStore } from '../events/event-store.js';
import type { SubscriberStore } from '../newsletter/subscriber-store.js';
import type { CampaignStore } from '../campaigns/campaign-store.js';
import type { OutboxItems } from '../outbox/outbox-items.js';
import type { AttendanceStore } from '../attendance/attendance-store.js';
import { DynamoEventStore } from '../events/dynamo-event-store.js';
import { EventService } from '../events/event-service.js';
import { DynamoRegistrationStore } from '../registrations/dynamo-registration-store.js';
import { RegistrationService } from '../registrations/registration-service.js';
import { DynamoSubscriberStore } from '../newsletter/dynamo-subscriber-store.js';
import { DynamoCampaignStore } from '../campaigns/dynamo-campaign-store.js';
import { DynamoRateCounter } from '../limits/dynamo-rate-counter.js';
import { DynamoReplayStore } from '../replays/dynamo-replay-store.js';
import { ReplayService } from '../replays/replay-service.js';
import { SigV4ObjectUrls } from '../blobs/object-urls.js';
import { bucketLocation, environmentCredentials } from '../blobs/public-origin.js';
import type { Context } from 'hono';
import type { HubEnv } from '../http/env.js';
import { RateLimitService } from '../limits/rate-limit-service.js';
import { DynamoAttendanceStore } from '../attendance/dynamo-attendance-store.js';
import { AttendanceSigningService } from '../attendance/attendance-signing-service.js';
import { DynamoProgrammeStore } from '../programme/dynamo-programme-store.js';
import { ProgrammeService } from '../programme/programme-service.js';
import type { ProgrammeStore } from '../programme/programme-store.js';
import { DynamoSpeakerStore } from '../speakers/dynamo-speaker-store.js';
import type { SpeakerStore } from '../speakers/speaker-store.js';
import {
  buildNewsletterParts,
  type NewsletterParts,
  type NewsletterPartsDeps,
} from './newsletter-services.js';

/**
 * The part of the configuration the public function reads, parsed alone at its cold start: it needs neither the
 * staff addresses, nor SES, the campaign queue or the mail outbox's mode (its mails always go to the table).
 */
export const PUBLIC_CONFIG = [
  'HUB_TABLE_NAME',
  'HUB_BASE_URL',
  'HUB_MAIL_FROM',
  'HUB_SIGNING_KEY',
  'HUB_MAX_BODY_BYTES',
  'HUB_RATE_LIMIT_PER_MINUTE',
  'HUB_RATE_LIMITS',
  'HUB_RETENTION_DAYS',
  'HUB_NEWSLETTER_CONFIRM_DAYS',
  'HUB_UNSUBSCRIBE_MAILTO',
  'HUB_KITS_BUCKET',
  'HUB_REPLAY_URL_SECONDS',
  'AWS_REGION',
  'DYNAMODB_ENDPOINT',
  'S3_ENDPOINT',
] as const;

export type PublicConfig = ConfigPart<(typeof PUBLIC_CONFIG)[number]>;

/**
 * What the public site and the public API need: events, registrations, the newsletter and its archive, each
 * built from the public classes, which hold only what the public routes run (the staff classes are built by
 * the full hub, composition/hub.ts), so the public function's bundle leaves the staff operations out.
 */
export interface PublicHub extends NewsletterParts {
  // Ports and public methods, not classes: the full hub's staff objects fill the same fields.
  eventStore: EventStore;
  registrationStore: RegistrationStore;
  subscriberStore: SubscriberStore;
  campaignStore: CampaignStore;
  registrations: Pick<RegistrationService, keyof RegistrationService>;
  events: Pick<EventService, keyof EventService>;
  attendanceStore: AttendanceStore;
  /** Trainees signing a half-day with the room code. */
  attendanceSigning: AttendanceSigningService;
  /** The replay page and its files, for registrants' links and staff sessions. */
  replays: Pick<ReplayService, keyof ReplayService>;
  /**
   * The address of the staff member whose session a request carries (the replay page's preview): the full hub only,
   * the public function carries no sign-in code.
   */
  staffEmailOf?: (c: Context<HubEnv>) => Promise<string | undefined>;
  programmeStore: ProgrammeStore;
  speakerStore: SpeakerStore;
  /** Events' programmes as the public sees them (consenting speakers only). */
  programme: Pick<ProgrammeService, keyof ProgrammeService>;
  /** The rate limits (per client, per token, per address), counted in the table. */
  rateLimits: Pick<RateLimitService, 'take'>;
  config: PublicConfig;
  clock: Clock;
  signer: LinkSigner;
  notifier: RegistrationNotifier;
}

export interface PublicHubDeps {
  clock: Clock;
  signer: LinkSigner;
  /** Registration confirmations, waiting-list promotions and cancellations. */
  notifier: RegistrationNotifier;
  /** The double opt-in confirmation of a newsletter subscription. */
  newsletterConfirmations: NewsletterPartsDeps['confirmations'];
  /**
   * The outbox in the table (AWS): registration changes write their mails in their own transactions. Without
   * it, they hand their mails to `notifier` once committed (the in-process outbox).
   */
  outboxItems?: OutboxItems | undefined;
}

/** The public classes themselves (the full hub builds its staff classes over them), filling a PublicHub. */
export function buildPublicHub(
  config: PublicConfig,
  clients: Pick<AwsClients, 'dynamo'>,
  deps: PublicHubDeps,
) {
  const { clock, signer, notifier } = deps;
  const table = config.HUB_TABLE_NAME;
  const subscriberStore = new DynamoSubscriberStore(clients.dynamo, table);
  const campaignStore = new DynamoCampaignStore(clients.dynamo, table);
  const rateLimits = new RateLimitService(
    new DynamoRateCounter(clients.dynamo, table),
    clock,
    config.HUB_RATE_LIMITS === 'on',
  );
  const newsletterParts = buildNewsletterParts(config, {
    clock,
    signer,
    rateLimits,
    confirmations: deps.newsletterConfirmations,
    subscriberStore,
    campaignStore,
  });
  const eventStore = new DynamoEventStore(clients.dynamo, table);
  const registrationStore = new DynamoRegistrationStore(clients.dynamo, table, deps.outboxItems);
  const replays = new ReplayService({
    events: eventStore,
    registrations: registrationStore,
    store: new DynamoReplayStore(clients.dynamo, table, deps.outboxItems),
    urls: new SigV4ObjectUrls(bucketLocation(config), () => environmentCredentials(config)),
    signer,
    notifier,
    clock,
    urlSeconds: config.HUB_REPLAY_URL_SECONDS,
  });
  const registrations = new RegistrationService({
    events: eventStore,
    store: registrationStore,
    notifier,
    clock,
    signer,
    newsletterOptIn: (registration) => newsletterParts.newsletter.subscribeRegistrant(registration),
    replayRegistered: async (event, registration) => {
      await replays.sendLinkIfPublished(event, registration);
    },
  });
  const events = new EventService(eventStore, clock);
  const attendanceStore = new DynamoAttendanceStore(clients.dynamo, table);
  const attendanceSigning = new AttendanceSigningService({
    store: attendanceStore,
    registrants: registrationStore,
    limits: rateLimits,
    clock,
  });
  const programmeStore = new DynamoProgrammeStore(clients.dynamo, table);
  const speakerStore = new DynamoSpeakerStore(clients.dynamo, table);
  return {
    ...newsletterParts,
    eventStore,
    registrationStore,
    subscriberStore,
    campaignStore,
    registrations,
    events,
    attendanceStore,
    attendanceSigning,
    replays,
    programmeStore,
    speakerStore,
    programme: new ProgrammeService(events, programmeStore, speakerStore),
    rateLimits,
    config,
    clock,
    signer,
    notifier,
  } satisfies PublicHub;
}
