import type { Hub } from '../composition/hub.js';
import type { HubEvent } from '../events/event.js';
import { confirmSubject, TOKEN_PURPOSES } from '../newsletter/newsletter-rules.js';
import { toSesRecord, type SimpleSesEvent } from '../campaigns/campaign-feedback.js';
import type { Viewer } from '../kits/kit-access-rules.js';
import { LocalQueue } from '../queue/local-queue.js';
import { FixedClock, type Clock } from '../shared/clock.js';
import { SEED_SESSIONS, SEED_SPEAKERS, seedEvents, seedPastEvent } from './seed-data.js';
import { partnerKitFiles, pressKitFiles, type SeedFile } from './seed-files.js';
import { seedPeople, type SeedPerson } from './seed-people.js';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** The same services over the same stores, on a clock the seeding sets: the demo's past happens as it would have. */
export type HubAt = (clock: Clock) => Hub;

/** One line of the demo's story: the services on a clock of its own, which `ago` sets. */
interface Strand {
  hub: Hub;
  clock: FixedClock;
  ago(days: number, hours?: number): void;
}

type Strands = () => Strand;

// Registrations and subscriptions go this many at a time, each on its own clock.
const WIDTH = 4;

/**
 * Seeds the demo on a first start (a hub without events); true when it did. Everything goes through the
 * services staff and the public use, on clocks set in the past weeks, so that the dashboard has a history;
 * the independent parts run side by side, each on its own clock, to keep the first start short.
 */
export async function seedDemoData(hub: Hub, hubAt: HubAt): Promise<boolean> {
  if ((await hub.events.listAll()).length > 0) return false;
  const now = hub.clock.now();
  const strand = (): Strand => {
    const clock = new FixedClock(new Date(now.getTime() - 30 * DAY));
    return {
      hub: hubAt(clock),
      clock,
      ago: (days, hours = 0) => clock.set(new Date(now.getTime() - days * DAY + hours * HOUR)),
    };
  };

  await hub.newsletter.seedTopics();
  const [technicalDay, webinar, training, pastDay] = await publishEvents(strand().hub, now);
  const people = seedPeople(39);
  const subscribers = people.slice(0, 24);
  await Promise.all([
    attendPastDay(strand, pastDay!, people.slice(0, 10)),
    registerAll(strand, webinar!, people.slice(10, 18), (i) => [20 - 2 * i, i % 5]),
    registerAll(strand, technicalDay!, people.slice(18, 24), (i) => [12 - 2 * i, i % 3]),
    fillTraining(strand, training!, people.slice(24, 39)),
    subscribeAndSendLetter(strand, subscribers),
    scheduleLetter(hub, now),
    publishKits(strand, hub),
    buildProgramme(hub, technicalDay!),
  ]);
  return true;
}

/** The technical day's programme, with its speakers. */
async function buildProgramme(hub: Hub, event: HubEvent): Promise<void> {
  const speakerIds: string[] = [];
  for (const speaker of SEED_SPEAKERS) speakerIds.push((await hub.speakers.create(speaker)).id);
  const start = Date.parse(event.startsAt);
  for (const session of SEED_SESSIONS)
    await hub.programmeAdmin.create(event.id, {
      title: session.title,
      startsAt: new Date(start + session.from * HOUR).toISOString(),
      endsAt: new Date(start + session.to * HOUR).toISOString(),
      room: session.room,
      speakerIds: session.speakers.map((index) => speakerIds[index]!),
    });
}

async function attendPastDay(strands: Strands, event: HubEvent, people: SeedPerson[]): Promise<void> {
  const registrations = await registerAll(strands, event, people, (i) => [28 - i, i % 4]);
  // At the door, an hour after the start.
  const { hub, clock } = strands();
  clock.set(new Date(Date.parse(event.startsAt) + HOUR));
  await Promise.all(
    registrations.slice(0, 7).map((registration) => hub.registrations.checkIn(event.id, registration.id)),
  );
}

/** The seats taken first, then three more people in line on the waitlist, latest last. */
async function fillTraining(strands: Strands, event: HubEvent, people: SeedPerson[]): Promise<void> {
  const seats = event.capacity ?? 0;
  await registerAll(strands, event, people.slice(0, seats), (i) => [24 - i, i % 6]);
  await registerAll(strands, event, people.slice(seats), (i) => [24 - seats - i, 2], 1);
}

async function subscribeAndSendLetter(strands: Strands, subscribers: SeedPerson[]): Promise<void> {
  await subscribeAll(strands, subscribers);
  const { hub, ago } = strands();
  ago(7, 1);
  await sendLetter(hub, subscribers, () => ago(7, 3));
}

/** The public press kit downloaded this month (the dashboard's panel), and a partner with their kit. */
async function publishKits(strands: Strands, hub: Hub): Promise<void> {
  const strand = strands();
  strand.ago(5);
  const pressKit = await publishKit(strand.hub, {
    title: 'Kit presse de la filière',
    description: 'Logo, fiche de présentation et bannière de la filière, libres de droits pour la presse.',
    audience: 'public',
    files: pressKitFiles(),
  });
  strand.ago(4);
  const organisation = await strand.hub.partners.createOrganisation('Recyclage Métaux Rhône');
  const member = await strand.hub.partners.inviteMember(organisation.id, {
    email: 'claire.fontaine@exemple.fr',
    name: 'Claire Fontaine',
  });
  const partnerKit = await publishKit(strand.hub, {
    title: 'Kit partenaires',
    description: 'La charte graphique réservée aux membres des organisations partenaires.',
    audience: 'partners',
    files: partnerKitFiles(),
  });
  const anonymous: Viewer = { kind: 'anonymous' };
  for (const [index, asset] of pressKit.assets.entries())
    for (let n = 0; n < 3 + index * 2; n++) await hub.kits.assetDownloadUrl(pressKit.slug, asset, anonymous);
  await hub.kits.zipDownloadUrl(pressKit.slug, anonymous);
  await hub.kits.zipDownloadUrl(partnerKit.slug, {
    kind: 'partner',
    email: member.email,
    organisationId: organisation.id,
  });
}

async function publishEvents(hub: Hub, now: Date): Promise<HubEvent[]> {
  const events: HubEvent[] = [];
  for (const input of [...seedEvents(now), seedPastEvent(now)]) {
    const event = await hub.events.create(input);
    events.push(await hub.events.publish(event.id));
  }
  return events;
}

/** Registrations `width` at a time, the i-th made `at(i)` = [days, hours] ago; in the order of `people`. */
async function registerAll(
  strands: Strands,
  event: HubEvent,
  people: SeedPerson[],
  at: (index: number) => [number, number],
  width = WIDTH,
): Promise<{ id: string }[]> {
  const registrations: { id: string }[] = [];
  await sideBySide(people, width, async (person, index) => {
    const { hub, ago } = strands();
    ago(...at(index));
    const result = await hub.registrations.register(event.slug, {
      ...person,
      consent: true,
      newsletter: false,
    });
    if (result.outcome === 'created') registrations[index] = result.registration;
  });
  return registrations.filter(Boolean);
}

/** `task` for each item, `width` at a time. */
async function sideBySide<T>(
  items: T[],
  width: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += width)
    await Promise.all(items.slice(start, start + width).map((item, offset) => task(item, start + offset)));
}

const TOPIC_CHOICES = [['journees-techniques'], ['webinaires'], ['formations', 'journees-techniques']];

/** Double opt-in as the public does it: the request, then the link of the confirmation mail. */
async function subscribeAll(strands: Strands, people: SeedPerson[]): Promise<void> {
  await sideBySide(people, WIDTH, async (person, index) => {
    const { hub, ago } = strands();
    ago(29 - (index % 20), index % 7);
    await hub.newsletter.subscribe({
      email: person.email,
      firstName: person.firstName,
      topics: ['actualites-filiere', ...TOPIC_CHOICES[index % TOPIC_CHOICES.length]!],
      tracking: index % 2 === 0,
      source: 'newsletter-form',
    });
    const pending = (await hub.subscriberStore.get(person.email, hub.clock.now()))?.pending;
    if (!pending) return;
    const token = hub.signer.sign(
      TOKEN_PURPOSES.confirm,
      confirmSubject(person.email, pending.nonce),
      new Date(hub.clock.now().getTime() + DAY),
    );
    await hub.newsletter.confirm(token);
  });
}

const LETTER_BODY = `<mj-text>Bonjour {{firstName}},</mj-text>
<mj-text>Ce mois-ci : le bilan de la journée de démantèlement de Vénissieux, les inscriptions ouvertes à la formation EN2R et le webinaire sur les terres rares.</mj-text>
<mj-button href="https://www.auvergnerhonealpes.fr/">Découvrir la filière</mj-button>`;

/**
 * The sent letter: the worker mails the audience through the local SES, then SES feedback (deliveries,
 * bounces) and the readers' opens and clicks are recorded by the services the deployed hub runs.
 */
async function sendLetter(hub: Hub, subscribers: SeedPerson[], later: () => void): Promise<void> {
  const campaign = await hub.campaigns.create(
    {
      subject: 'La lettre de la filière : démantèlement, formation et terres rares',
      preheader: 'Les nouvelles de la filière aimants et terres rares en Auvergne-Rhône-Alpes',
      audience: { topics: ['actualites-filiere'] },
      archive: true,
      mjml: LETTER_BODY,
    },
    hub.config.HUB_STAFF_EMAILS[0]!,
  );
  await hub.campaigns.send(campaign.id);
  const queue = hub.campaignQueue;
  if (!(queue instanceof LocalQueue)) return;
  await queue.drain((batch) => hub.campaignWorker.handleBatch(batch));

  later();
  for (const [index, person] of subscribers.entries()) {
    const feedback: SimpleSesEvent =
      index === 0
        ? { type: 'Bounce', email: person.email, bounceType: 'Permanent' }
        : index === 1
          ? { type: 'Bounce', email: person.email, bounceType: 'Transient' }
          : { type: 'Delivery', email: person.email };
    const { record, deliveredTo } = toSesRecord(feedback, campaign.id);
    await hub.campaignFeedback.record(record, deliveredTo);
    if (feedback.type !== 'Delivery' || index % 3 === 0) continue;
    // The pixel and link of this reader's mail: the worker names only those who accepted tracking.
    const urls = hub.campaignTracking.forRecipient(campaign.id, index % 2 === 0 ? person.email : undefined);
    await hub.campaignTrackingService.open(lastSegment(urls.open), true);
    if (index % 4 === 2) await hub.campaignTrackingService.click(lastSegment(urls.click(0)), true);
  }
}

async function scheduleLetter(hub: Hub, now: Date): Promise<void> {
  const campaign = await hub.campaigns.create(
    {
      subject: 'Programme de la journée technique NdFeB à l’Hôtel de Région',
      audience: { topics: ['journees-techniques'] },
      archive: true,
      mjml: '<mj-text>Bonjour {{firstName}}, voici le programme détaillé de la journée technique.</mj-text>',
    },
    hub.config.HUB_STAFF_EMAILS[0]!,
  );
  await hub.campaigns.send(campaign.id, new Date(now.getTime() + 3 * DAY).toISOString());
}

function lastSegment(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

/** A kit's first version, its files uploaded as the staff page does (a presigned PUT), then published. */
async function publishKit(
  hub: Hub,
  input: { title: string; description: string; audience: 'public' | 'partners'; files: SeedFile[] },
): Promise<{ slug: string; assets: string[] }> {
  const kit = await hub.kits.createKit(input);
  const version = await hub.kits.createVersion(kit.id);
  const assets: string[] = [];
  for (const file of input.files) {
    const ticket = await hub.kits.requestUpload(kit.id, version.version, {
      name: file.name,
      contentType: file.contentType,
      size: file.body.length,
    });
    const upload = await fetch(ticket.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': file.contentType },
      body: new Uint8Array(file.body),
    });
    if (!upload.ok)
      throw new Error(`envoi du fichier de démonstration ${file.name} refusé (${upload.status})`);
    assets.push((await hub.kits.confirmUpload(kit.id, version.version, ticket.assetId)).id);
  }
  await hub.kits.publish(kit.id, version.version);
  return { slug: kit.slug, assets };
}
