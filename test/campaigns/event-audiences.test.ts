import { beforeAll, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import type { HubEvent } from '../../functions/events/event.js';
import type { EventAudience } from '../../functions/campaigns/campaign.js';
import { resolveAudience } from '../../functions/campaigns/campaign-audience.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { uniqueEmail } from '../support/test-hub.js';
import { signInAsStaff } from '../support/auth.js';
import { rawMailsTo } from '../support/local-mailbox.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { createCampaign, createCampaignHub, seedSubscriber, type CampaignTestHub } from './helpers.js';

const DAY = 86_400_000;

/** The mails of one campaign (by its subject) an address received. */
async function campaignMails(email: string, subject: string) {
  return (await rawMailsTo(email)).filter((mail) => mail.subject === subject);
}

describe('event audiences: registrants, attendees, no-shows', () => {
  const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
  let t: CampaignTestHub;
  let event: HubEvent;
  const people = {
    present: uniqueEmail('present'),
    absent: uniqueEmail('absent'),
    waiting: uniqueEmail('attente'),
    cancelled: uniqueEmail('annule'),
    unsubscribedPresent: uniqueEmail('desabonne-present'),
    unsubscribedAbsent: uniqueEmail('desabonne-absent'),
    suppressedPresent: uniqueEmail('rejete-present'),
    suppressedAbsent: uniqueEmail('rejete-absent'),
    otherEvent: uniqueEmail('autre-evenement'),
    subscriberOnly: uniqueEmail('abonne-seul'),
  };

  async function registerAs(target: HubEvent, email: string, firstName = 'Camille') {
    const response = await register(t, target, registrationBody({ email, firstName }));
    if (response.status !== 201) throw new Error(`registration refused: ${response.status}`);
    return ((await response.json()) as { id: string }).id;
  }

  async function sendTo(who: EventAudience) {
    const subject = `Suite de la journée (${who}) ${uniqueEmail('objet')}`;
    const id = await createCampaign(t, { subject, audience: { event: { id: event.id, who } } });
    const response = await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    expect(response.status).toBe(202);
    await t.drain();
    const mailed: string[] = [];
    for (const email of Object.values(people))
      if ((await campaignMails(email, subject)).length) mailed.push(email);
    return { subject, mailed: mailed.sort() };
  }

  beforeAll(async () => {
    t = await createCampaignHub({ clock });
    // Six seats: the seventh registrant waits; the cancelled one freed a seat before the others came.
    event = await publishedEvent(t, { capacity: 6, waitlist: true });
    const other = await publishedEvent(t, { title: 'Webinaire : tri des aimants' });
    const cancelledId = await registerAs(event, people.cancelled);
    await t.hub.registrationStore.cancel(event.id, cancelledId, clock.now());
    const ids: Record<string, string> = {};
    for (const key of [
      'present',
      'absent',
      'unsubscribedPresent',
      'unsubscribedAbsent',
      'suppressedPresent',
      'suppressedAbsent',
    ] as const)
      ids[key] = await registerAs(event, people[key], key === 'absent' ? 'Bastien' : 'Aurore');
    await registerAs(event, people.waiting);
    const otherId = await registerAs(other, people.otherEvent);
    await seedSubscriber(t, people.subscriberOnly, ['journees-techniques', 'webinaires']);

    for (const key of ['present', 'unsubscribedPresent', 'suppressedPresent'])
      await t.hub.registrations.checkIn(event.id, ids[key]!);
    await t.hub.registrations.checkIn(other.id, otherId);
    for (const email of [people.unsubscribedPresent, people.unsubscribedAbsent])
      await t.hub.subscriberStore.unsubscribe(email, clock.now());
    for (const email of [people.suppressedPresent, people.suppressedAbsent])
      await t.hub.campaignFeedback.record({
        eventType: 'Complaint',
        mail: { messageId: 'avant' },
        complaint: { complainedRecipients: [{ emailAddress: email }] },
      });
    // The day after the event: its no-shows are known.
    clock.set(new Date(new Date(event.endsAt).getTime() + DAY));
    t.cookie = await signInAsStaff(t);
  });

  it('registrants are the confirmed and the waitlisted (not the cancelled), never the opted-out', async () => {
    const { mailed } = await sendTo('registrants');

    expect(mailed).toEqual([people.present, people.absent, people.waiting].sort());
  });

  it('attendees are the checked-in registrants, never the opted-out', async () => {
    const { mailed } = await sendTo('attendees');

    expect(mailed).toEqual([people.present]);
  });

  it('no-shows are the confirmed registrants never checked in, once the event is over', async () => {
    const { mailed } = await sendTo('no-shows');

    expect(mailed).toEqual([people.absent]);
  });

  it('mails a registrant who never subscribed, greeted by the name of the registration, with the opt-out headers', async () => {
    const { subject } = await sendTo('no-shows');

    const [mail] = await campaignMails(people.absent, subject);
    const parsed = await simpleParser(mail!.raw);
    expect(parsed.text).toContain('Bonjour Bastien,');
    expect(mail!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(await t.hub.subscriberStore.get(people.absent, clock.now())).toBeUndefined();
  });
});

describe('no-shows before the event is over', () => {
  const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
  let t: CampaignTestHub;
  let event: HubEvent;
  beforeAll(async () => {
    t = await createCampaignHub({ clock });
    event = await publishedEvent(t);
    await register(t, event, registrationBody({ email: uniqueEmail('pas-encore') }));
  });

  it('refuses to send now, and accepts a send scheduled after the end', async () => {
    const id = await createCampaign(t, { audience: { event: { id: event.id, who: 'no-shows' } } });
    const afterEnd = new Date(new Date(event.endsAt).getTime() + 3_600_000).toISOString();

    const now = await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    const scheduled = await t.api(`/api/admin/campaigns/${id}/send`, { body: { at: afterEnd } });

    expect(now.status).toBe(400);
    const problem = (await now.json()) as { errors: Record<string, string[]> };
    expect(problem.errors['audience.event.who']?.[0]).toContain('après la fin de l’événement');
    expect(scheduled.status).toBe(202);
  });

  it('counts nobody as a no-show while the event may still be going on', async () => {
    const deps = { ...t.hub.campaignWorkerDeps, registrations: t.hub.registrationStore };
    const eventEndsAt = async () => event.endsAt;
    const during = new Date(new Date(event.startsAt).getTime() + 3_600_000);
    const after = new Date(new Date(event.endsAt).getTime() + 1);

    const audience = { event: { id: event.id, who: 'no-shows' as const } };
    const whileOn = await resolveAudience(audience, { ...deps, eventEndsAt }, during);
    const whenOver = await resolveAudience(audience, { ...deps, eventEndsAt }, after);

    expect(whileOn).toEqual([]);
    expect(whenOver).toHaveLength(1);
  });
});
