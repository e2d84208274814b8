import { beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { HubEvent } from '../../functions/events/event.js';
import type { CampaignMessage } from '../../functions/campaigns/campaign-messages.js';
import { CampaignWorker } from '../../functions/campaigns/campaign-worker.js';
import type { Registration } from '../../functions/registrations/registration.js';
import type { QueueBatch } from '../../functions/queue/queue.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { keys } from '../../functions/store/keys.js';
import { uniqueEmail } from '../support/test-hub.js';
import { mailsTo } from '../support/ses-store.js';
import { signInAsStaff } from '../support/auth.js';
import { cancellationToken, publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { createCampaign, createCampaignHub, type CampaignTestHub } from './helpers.js';

const DAY = 86_400_000;

const deliverMessages = (batch: QueueBatch) =>
  batch.Records.map((record) => JSON.parse(record.body) as CampaignMessage).filter(
    (message): message is Extract<CampaignMessage, { type: 'deliver' }> => message.type === 'deliver',
  );

async function registerAs(t: CampaignTestHub, event: HubEvent, email: string): Promise<Registration> {
  const response = await register(t, event, registrationBody({ email }));
  if (response.status !== 201) throw new Error(`registration refused: ${response.status}`);
  const { id } = (await response.json()) as { id: string };
  return (await t.hub.registrationStore.get(event.id, id))!;
}

/** Who of `people` received the campaign (by its subject), sorted. */
async function mailedAmong(people: string[], subject: string): Promise<string[]> {
  const mailed: string[] = [];
  for (const email of people)
    if ((await mailsTo(email)).some((mail) => mail.subject === subject)) mailed.push(email);
  return mailed.sort();
}

async function campaignState(t: CampaignTestHub, id: string) {
  return (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as {
    status: string;
    excluded: number;
    stats: { audience: number; sent: number };
  };
}

async function sendMarker(t: CampaignTestHub, campaignId: string, email: string) {
  const { Item } = await t.clients.dynamo.send(
    new GetCommand({ TableName: t.config.HUB_TABLE_NAME, Key: keys.sendMarker(campaignId, email) }),
  );
  return Item;
}

async function tableNames(t: CampaignTestHub, email: string): Promise<boolean> {
  const { Items } = await t.clients.dynamo.send(new ScanCommand({ TableName: t.config.HUB_TABLE_NAME }));
  return JSON.stringify(Items).includes(email);
}

/**
 * Sends the campaign and, once its page of recipients is queued and before the worker takes it,
 * runs `meanwhile`; returns the addresses of the queued page and the addresses the worker looked up
 * among the event's registrations, per read.
 */
async function sendWithChangesAfterFanout(
  t: CampaignTestHub,
  campaignId: string,
  meanwhile: () => Promise<void>,
): Promise<{ page: string[]; lookups: string[][] }> {
  const deps = t.hub.campaignWorkerDeps;
  const lookups: string[][] = [];
  const worker = new CampaignWorker({
    ...deps,
    registrations: {
      listByEvent: (eventId) => deps.registrations.listByEvent(eventId),
      liveRegistrations: (eventId, emails) => {
        lookups.push([...emails].sort());
        return deps.registrations.liveRegistrations(eventId, emails);
      },
    },
  });
  let page: string[] = [];
  const response = await t.api(`/api/admin/campaigns/${campaignId}/send`, { body: {} });
  expect(response.status).toBe(202);
  await t.drain(async (batch) => {
    const [message] = deliverMessages(batch);
    if (message && !page.length) {
      page = message.recipients.map((recipient) => recipient.email).sort();
      await meanwhile();
    }
    return worker.handleBatch(batch);
  });
  return { page, lookups };
}

describe('an event audience re-checked right before each send', () => {
  let t: CampaignTestHub;
  let event: HubEvent;
  const people = {
    stays: uniqueEmail('reste'),
    erased: uniqueEmail('efface'),
    cancelled: uniqueEmail('annule'),
    registersAgain: uniqueEmail('reinscrit'),
    complains: uniqueEmail('plainte'),
    waiting: uniqueEmail('attente'),
  };
  const registrations: Partial<Record<keyof typeof people, Registration>> = {};

  beforeAll(async () => {
    t = await createCampaignHub();
    // Five seats: the sixth registrant waits, and is promoted when the erasure frees a seat.
    event = await publishedEvent(t, { capacity: 5, waitlist: true });
    for (const key of Object.keys(people) as (keyof typeof people)[])
      registrations[key] = await registerAs(t, event, people[key]);
  });

  it('mails nobody erased or cancelled since the fan-out and leaves no trace naming them; the rest are mailed', async () => {
    const subject = `Changement de salle ${uniqueEmail('objet')}`;
    const id = await createCampaign(t, {
      subject,
      audience: { event: { id: event.id, who: 'registrants' } },
    });

    const { page, lookups } = await sendWithChangesAfterFanout(t, id, async () => {
      await t.hub.personData.erase(people.erased);
      await t.hub.registrations.cancelByToken(cancellationToken(t, registrations.cancelled!));
      await t.hub.registrations.cancelByToken(cancellationToken(t, registrations.registersAgain!));
      await registerAs(t, event, people.registersAgain);
      await t.hub.campaignFeedback.record({
        eventType: 'Complaint',
        mail: { messageId: 'ailleurs' },
        complaint: { complainedRecipients: [{ emailAddress: people.complains }] },
      });
    });

    expect(page).toEqual(Object.values(people).sort());
    // One read of the event's registrations for the chunk, not one per recipient.
    expect(lookups).toEqual([page]);
    expect(await mailedAmong(Object.values(people), subject)).toEqual(
      [people.stays, people.registersAgain, people.waiting].sort(),
    );
    // The complaint is an opt-out, skipped and counted as before; the erased and the cancelled are neither.
    expect(await campaignState(t, id)).toMatchObject({
      status: 'sent',
      excluded: 1,
      stats: { audience: 6, sent: 3 },
    });
    expect(await sendMarker(t, id, people.complains)).toMatchObject({ state: 'skipped' });
    expect(await sendMarker(t, id, people.cancelled)).toBeUndefined();
    expect(await tableNames(t, people.erased)).toBe(false);
  });
});

describe('a no-show audience re-checked right before each send', () => {
  const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
  let t: CampaignTestHub;
  let event: HubEvent;
  const people = {
    absent: uniqueEmail('absent'),
    erased: uniqueEmail('absent-efface'),
    lateCheckIn: uniqueEmail('pointe-apres'),
    present: uniqueEmail('present'),
  };
  const registrations: Partial<Record<keyof typeof people, Registration>> = {};

  beforeAll(async () => {
    t = await createCampaignHub({ clock });
    event = await publishedEvent(t);
    for (const key of Object.keys(people) as (keyof typeof people)[])
      registrations[key] = await registerAs(t, event, people[key]);
    await t.hub.registrations.checkIn(event.id, registrations.present!.id);
    // The day after the event: its no-shows are known, and erasing one deletes the registration outright.
    clock.set(new Date(new Date(event.endsAt).getTime() + DAY));
    t.cookie = await signInAsStaff(t);
  });

  it('mails neither a no-show erased since the fan-out nor one checked in after all', async () => {
    const subject = `Les supports de la journée ${uniqueEmail('objet')}`;
    const id = await createCampaign(t, { subject, audience: { event: { id: event.id, who: 'no-shows' } } });

    const { page } = await sendWithChangesAfterFanout(t, id, async () => {
      await t.hub.personData.erase(people.erased);
      await t.hub.registrations.checkIn(event.id, registrations.lateCheckIn!.id);
    });

    expect(page).toEqual([people.absent, people.erased, people.lateCheckIn].sort());
    expect(await mailedAmong(Object.values(people), subject)).toEqual([people.absent]);
    expect(await campaignState(t, id)).toMatchObject({
      status: 'sent',
      excluded: 0,
      stats: { audience: 3, sent: 1 },
    });
    expect(await sendMarker(t, id, people.lateCheckIn)).toBeUndefined();
    expect(await tableNames(t, people.erased)).toBe(false);
  });
});
