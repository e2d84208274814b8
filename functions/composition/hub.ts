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
import { EventShareImageService } from '../events/share-image-service.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { DynamoPartnerStore } from '../partners/dynamo-partner-store.js';
import { InvitationMails } from '../partners/invitation-mails.js';
import { PartnerService } from '../partners/partner-service.js';
import { DynamoKitStore } from '../kits/dynamo-kit-store.js';
import { KitService } from '../kits/kit-service.js';
import { ShareLinkService } from '../kits/share-link-service.js';
import { DynamoShareLinkStore } from '../kits/dynamo-share-link-store.js';
import { KitUpdateMails } from '../kits/kit-update-mails.js';
import { DynamoPersonDataStore } from '../rgpd/dynamo-person-data-store.js';
import { DynamoRetentionStore } from '../rgpd/dynamo-retention-store.js';
import { PersonDataService } from '../rgpd/person-data-service.js';
import { RetentionService } from '../rgpd/retention-service.js';
import { TopicService } from '../newsletter/topic-service.js';
import type { Queue } from '../queue/queue.js';
import type { OutboxItems } from '../outbox/outbox-items.js';
import { suppressingSesMailer, type AwsClients } from './adapters.js';
import { kitBlobStore, replayBlobStore } from './s3-adapters.js';
import { DynamoEventAdminStore } from '../events/dynamo-event-admin-store.js';
import { EventAdminService } from '../events/event-admin-service.js';
import { renderMarkdown } from '../events/markdown.js';
import { DynamoRegistrationAdminStore } from '../registrations/dynamo-registration-admin-store.js';
import { RegistrationAdminService } from '../registrations/registration-admin-service.js';
import { DynamoSubscriberAdminStore } from '../newsletter/dynamo-subscriber-admin-store.js';
import { DynamoCampaignAdminStore } from '../campaigns/dynamo-campaign-admin-store.js';
import { buildPublicHub, type PublicHub } from './public-hub.js';
import { DynamoAttendanceAdminStore } from '../attendance/dynamo-attendance-admin-store.js';
import { AttendanceService } from '../attendance/attendance-service.js';
import { DynamoProgrammeAdminStore } from '../programme/dynamo-programme-admin-store.js';
import { ProgrammeAdminService } from '../programme/programme-admin-service.js';
import { DynamoSpeakerAdminStore } from '../speakers/dynamo-speaker-admin-store.js';
import { SpeakerService, type ThumbnailMaker } from '../speakers/speaker-service.js';
import { buildCampaignServices, type CampaignServices } from './campaign-services.js';
import { buildMailServices, type MailServices } from './mail-services.js';
import { buildTrainingServices, type TrainingServices } from './training-services.js';
import { DynamoReplayAdminStore } from '../replays/dynamo-replay-admin-store.js';
import { DynamoReplayStore } from '../replays/dynamo-replay-store.js';
import { ReplayAdminService } from '../replays/replay-admin-service.js';
import { staffSessionReader } from '../auth/staff-session.js';

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
  attendanceStore: DynamoAttendanceAdminStore;
}

/** Every service of the full app and the local hub, built once per process from configuration. */
export interface Hub
  extends Omit<PublicHub, keyof StaffParts>, StaffParts, CampaignServices, MailServices, TrainingServices {
  config: HubConfig;
  mailer: Mailer;
  /** Addresses SES feedback suppressed, and the dashboard's figures of them. */
  suppression: DynamoSuppressionList;
  signInMails: SignInMails;
  signIn: SignInService;
  /** Kit files and ZIPs, events' share images (S3; s3rver locally). */
  blobs: BlobStore;
  shareImages: EventShareImageService;
  partners: PartnerService;
  kits: KitService;
  shareLinks: ShareLinkService;
  /** The newsletter's topics, as staff manage them. */
  topics: TopicService;
  /** Export and erasure of everything about one address. */
  personData: PersonDataService;
  /** The daily erasure of personal data past their retention. */
  retention: RetentionService;
  /** Half-days, room codes, trainers and closings; the reader of the attendance sheet and certificates. */
  attendance: AttendanceService;
  /** Replays as staff prepare and publish them. */
  replayAdmin: ReplayAdminService;
  /** Speakers, reused across events' programmes. */
  speakers: SpeakerService;
  /** Events' programmes, as staff build them. */
  programmeAdmin: ProgrammeAdminService;
}

// Loaded on the first photo only: the image library stays out of every other path (see kits/image-thumbnail.ts).
const photoThumbnail: ThumbnailMaker = async (bytes, contentType) =>
  (await import('../kits/image-thumbnail.js')).makeThumbnail(bytes, contentType);

export interface HubOverrides {
  clock?: Clock;
  mailer?: Mailer;
  notifier?: RegistrationNotifier;
  signInMails?: SignInMails;
  blobs?: BlobStore;
  campaignQueue?: Queue;
}

/** The public services, plus what staff, partners and the jobs use; every mail is sent from the process. */
export function buildHub(config: HubConfig, clients: AwsClients, overrides: HubOverrides = {}): Hub {
  const clock = overrides.clock ?? systemClock;
  const table = config.HUB_TABLE_NAME;
  const signer = new LinkSigner(config.HUB_SIGNING_KEY);
  const suppression = new DynamoSuppressionList(clients.dynamo, table);
  const mailer = overrides.mailer ?? suppressingSesMailer(clients.ses, config, suppression);
  const mail = buildMailServices(config, clients.dynamo, {
    mailer,
    signer,
    clock,
    notifier: overrides.notifier,
  });
  const publicServices = buildPublicHub(config, clients, {
    clock,
    signer,
    notifier: mail.notifier,
    newsletterConfirmations: mail.newsletterConfirmations,
    outboxItems: mail.outboxItems,
  });
  const publicHub = {
    ...publicServices,
    ...buildStaffParts(config, clients, publicServices, mail.outboxItems),
  };
  const blobs = overrides.blobs ?? kitBlobStore(config);
  const partners = new PartnerService(
    new DynamoPartnerStore(clients.dynamo, table),
    new InvitationMails(mailer),
    clock,
    config.HUB_BASE_URL,
  );
  const kits = new KitService({
    store: new DynamoKitStore(clients.dynamo, table),
    blobs,
    partners,
    mails: new KitUpdateMails(mailer),
    clock,
    signer,
    baseUrl: config.HUB_BASE_URL,
  });
  const shareLinks = new ShareLinkService({
    store: new DynamoShareLinkStore(clients.dynamo, table),
    kits,
    signer,
    clock,
  });
  const attendance = new AttendanceService({
    signing: publicHub.attendanceSigning,
    store: publicHub.attendanceStore,
    events: publicHub.eventStore,
    registrants: publicServices.registrationStore,
    clock,
    codeKey: config.HUB_SIGNING_KEY,
  });
  const speakers = new SpeakerService({
    store: new DynamoSpeakerAdminStore(publicHub.speakerStore, clients.dynamo, table),
    blobs,
    thumbnails: photoThumbnail,
    clock,
  });
  const programmeAdmin = new ProgrammeAdminService({
    events: publicHub.events,
    store: new DynamoProgrammeAdminStore(publicHub.programmeStore, clients.dynamo, table),
    unknownSpeakers: (ids) => speakers.unknownIds(ids),
    renderDescription: renderMarkdown,
    clock,
  });
  const signInMails = overrides.signInMails ?? new MagicLinkMails(mailer);
  const signIn = new SignInService(new DynamoSignInStore(clients.dynamo, table), signInMails, clock, {
    baseUrl: config.HUB_BASE_URL,
    staffEmails: config.HUB_STAFF_EMAILS,
    members: partners,
    trainers: attendance,
    limits: publicHub.rateLimits,
  });
  const replayStore = new DynamoReplayAdminStore(
    new DynamoReplayStore(clients.dynamo, table, mail.outboxItems),
    clients.dynamo,
    table,
  );
  const campaigns = buildCampaignServices(config, clients, {
    replayViewers: (eventId) => replayStore.viewerEmails(eventId),
    clock,
    mailer,
    registrations: publicHub.registrationStore,
    eventEndsAt: async (id) => (await publicHub.eventStore.get(id))?.endsAt,
    queue: overrides.campaignQueue,
    subscribers: publicHub.subscriberStore,
    campaignStore: publicHub.campaignStore,
    links: publicHub.newsletterLinks,
    tracking: publicHub.campaignTracking,
  });
  const training = buildTrainingServices(config, clients, {
    mailer,
    signer,
    clock,
    events: publicHub.eventStore,
    registrations: publicHub.registrationStore,
    attendance,
    surveyNotifier: mail.surveyNotifier,
  });
  const replayAdmin = new ReplayAdminService(publicHub.replays, {
    store: replayStore,
    events: publicHub.eventStore,
    registrations: publicHub.registrationStore,
    blobs: overrides.blobs ?? replayBlobStore(config),
    clock,
  });
  return {
    ...publicHub,
    ...campaigns,
    replayAdmin,
    // The full app reads the allow-list: staff removed from it lose the replay preview at once.
    staffEmailOf: staffSessionReader({
      store: new DynamoSignInStore(clients.dynamo, table),
      config,
      staffEmails: config.HUB_STAFF_EMAILS,
      clock,
    }),
    ...mail,
    ...training,
    config,
    mailer,
    suppression,
    signInMails,
    signIn,
    attendance,
    blobs,
    shareImages: new EventShareImageService({ store: publicHub.eventStore, blobs, clock }),
    partners,
    kits,
    shareLinks,
    speakers,
    programmeAdmin,
    topics: new TopicService(publicHub.subscriberStore),
    personData: new PersonDataService({
      store: new DynamoPersonDataStore(clients.dynamo, table),
      seats: publicHub.registrations,
      speakers,
      clock,
    }),
    retention: new RetentionService(
      new DynamoRetentionStore(clients.dynamo, table),
      config.HUB_RETENTION_DAYS,
      config.HUB_ATTENDANCE_RETENTION_DAYS,
    ),
  };
}

/** The staff stores and services, over the public ones they add to. */
function buildStaffParts(
  config: HubConfig,
  clients: AwsClients,
  publicHub: ReturnType<typeof buildPublicHub>,
  outboxItems: OutboxItems | undefined,
): StaffParts {
  const { clock, notifier } = publicHub;
  const table = config.HUB_TABLE_NAME;
  const eventStore = new DynamoEventAdminStore(publicHub.eventStore, clients.dynamo, table);
  const registrationStore = new DynamoRegistrationAdminStore(
    publicHub.registrationStore,
    clients.dynamo,
    table,
    outboxItems,
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
    attendanceStore: new DynamoAttendanceAdminStore(publicHub.attendanceStore, clients.dynamo, table),
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
