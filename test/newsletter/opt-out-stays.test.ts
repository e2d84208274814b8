import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import type { PersonExport } from '../../functions/rgpd/person-export.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { uniqueEmail } from '../support/test-hub.js';
import { signInAsStaff } from '../support/auth.js';
import { rawMailsTo } from '../support/local-mailbox.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import {
  createCampaign,
  createCampaignHub,
  seedSubscriber,
  type CampaignTestHub,
} from '../campaigns/helpers.js';
import { confirmTokenFromMail, json, subscribe } from './helpers.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('an opt-out stays an opt-out (#14, finding 6)', () => {
  const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
  let t: CampaignTestHub;
  beforeAll(async () => {
    // Several requests for one address in a row: the per-address limit of subscription mails is not tested here.
    t = await createCampaignHub({ clock }, { HUB_RATE_LIMITS: 'off' });
  });

  const later = (minutes: number) => clock.set(new Date(clock.now().getTime() + minutes * MINUTE));
  const subscriber = (email: string) => t.hub.subscriberStore.get(email, clock.now());

  async function exported(email: string): Promise<PersonExport> {
    const response = await t.api(`/api/admin/people/${encodeURIComponent(email)}/export`);
    expect(response.status).toBe(200);
    return (await response.json()) as PersonExport;
  }

  /** A confirmed subscriber who then unsubscribed; answers the date of the opt-out. */
  async function optedOut(label: string): Promise<{ email: string; unsubscribedAt: string }> {
    const email = uniqueEmail(label);
    await seedSubscriber(t, email, ['webinaires'], 'Aurore');
    later(1);
    await t.hub.subscriberStore.unsubscribe(email, clock.now());
    const unsubscribedAt = clock.now().toISOString();
    later(1);
    return { email, unsubscribedAt };
  }

  it('a subscription request leaves an unsubscribed address unsubscribed, its opt-out in the export', async () => {
    const { email, unsubscribedAt } = await optedOut('desabonne');

    const response = await subscribe(t, email, ['formations'], { firstName: 'Aurore' });

    expect(response.status).toBe(202);
    expect(await subscriber(email)).toMatchObject({ status: 'unsubscribed', unsubscribedAt, topics: [] });
    expect((await subscriber(email))?.ttl).toBeUndefined();
    const data = await exported(email);
    expect(data.newsletter).toMatchObject({
      status: 'unsubscribed',
      unsubscribedAt,
      pendingRequest: { topics: ['formations'], consent: { source: 'newsletter-api' } },
    });
  });

  it('keeps the opt-out once the request expired unconfirmed and the retention job ran', async () => {
    const { email, unsubscribedAt } = await optedOut('desabonne-expire');
    await subscribe(t, email);

    later((8 * DAY) / MINUTE);
    await t.hub.retention.run(clock.now());
    t.cookie = await signInAsStaff(t);

    expect(await subscriber(email)).toMatchObject({ status: 'unsubscribed', unsubscribedAt });
  });

  it('keeps the opt-out of an address that never subscribed (an event registrant)', async () => {
    const email = uniqueEmail('registrant-desabonne');
    await t.hub.subscriberStore.unsubscribe(email, clock.now());
    const unsubscribedAt = clock.now().toISOString();
    later(1);

    await subscribe(t, email);

    expect(await subscriber(email)).toMatchObject({ status: 'unsubscribed', unsubscribedAt });
  });

  it('the confirmation POST subscribes again, with a new consent, the old opt-out and consent kept in the history', async () => {
    const { email, unsubscribedAt } = await optedOut('revenant');
    const oldConsent = (await subscriber(email))?.consent;
    await subscribe(t, email, ['formations'], { firstName: 'Aurore' });
    const token = await confirmTokenFromMail(email);
    later(1);

    const preview = await t.app.request(`/newsletter/confirm?token=${encodeURIComponent(token)}`);
    const statusAfterPreview = (await subscriber(email))?.status;
    const confirmed = await t.app.request('/api/newsletter/confirm', json({ token }));

    expect(preview.status).toBe(200);
    expect(statusAfterPreview).toBe('unsubscribed');
    expect(confirmed.status).toBe(200);
    const now = await subscriber(email);
    expect(now).toMatchObject({ status: 'confirmed', topics: ['formations'], firstName: 'Aurore' });
    expect(now?.unsubscribedAt).toBeUndefined();
    expect(now?.consent).toMatchObject({ source: 'newsletter-api', confirmedAt: clock.now().toISOString() });
    expect(now?.consent?.at).not.toBe(oldConsent?.at);
    const data = await exported(email);
    expect(data.newsletter).toMatchObject({
      status: 'confirmed',
      unsubscribedAt: null,
      consent: now?.consent,
      optOuts: [{ unsubscribedAt, consent: oldConsent }],
    });
  });

  it('a second unsubscription keeps the date of the first, and each opt-out stays in the history', async () => {
    const { email, unsubscribedAt } = await optedOut('deux-fois');
    later(5);
    await t.hub.subscriberStore.unsubscribe(email, clock.now());
    expect((await subscriber(email))?.unsubscribedAt).toBe(unsubscribedAt);
    await subscribe(t, email);
    await t.app.request('/api/newsletter/confirm', json({ token: await confirmTokenFromMail(email) }));
    later(1);
    await t.hub.subscriberStore.unsubscribe(email, clock.now());
    const second = clock.now().toISOString();

    const data = await exported(email);

    expect(data.newsletter).toMatchObject({ status: 'unsubscribed', unsubscribedAt: second });
    expect(data.newsletter?.optOuts.map((optOut) => optOut.unsubscribedAt)).toEqual([unsubscribedAt]);
  });

  it('a request racing an opt-out never undoes it, nor fails', async () => {
    const emails = Array.from({ length: 6 }, () => uniqueEmail('course'));

    const answers = await Promise.all(
      emails.flatMap((email) => [
        subscribe(t, email).then((response) => response.status),
        t.hub.subscriberStore.unsubscribe(email, clock.now()).then(() => 'opted out'),
      ]),
    );

    expect(answers.filter((answer) => answer !== 'opted out')).toEqual(emails.map(() => 202));
    for (const email of emails) expect((await subscriber(email))?.status).toBe('unsubscribed');
  });

  describe('campaigns to an event’s people', () => {
    let event: HubEvent;
    const people = {
      stays: uniqueEmail('reste'),
      optedOut: uniqueEmail('parti'),
      suppressed: uniqueEmail('rejete'),
    };

    async function mailedBy(subject: string): Promise<string[]> {
      const mailed: string[] = [];
      for (const email of Object.values(people))
        if ((await rawMailsTo(email)).some((mail) => mail.subject === subject)) mailed.push(email);
      return mailed;
    }

    beforeAll(async () => {
      event = await publishedEvent(t);
      for (const email of Object.values(people)) {
        const response = await register(t, event, registrationBody({ email }));
        expect(response.status).toBe(201);
      }
      await t.hub.subscriberStore.unsubscribe(people.optedOut, clock.now());
      await t.hub.campaignFeedback.record({
        eventType: 'Complaint',
        mail: { messageId: 'avant' },
        complaint: { complainedRecipients: [{ emailAddress: people.suppressed }] },
      });
    });

    it('skip whoever unsubscribed, even after an unconfirmed subscription request', async () => {
      for (const email of [people.optedOut, people.suppressed]) {
        expect((await subscribe(t, email)).status).toBe(202);
      }
      const subject = `Suite de la journée ${uniqueEmail('objet')}`;
      const id = await createCampaign(t, {
        subject,
        audience: { event: { id: event.id, who: 'registrants' } },
      });

      expect((await t.api(`/api/admin/campaigns/${id}/send`, { body: {} })).status).toBe(202);
      await t.drain();

      expect(await mailedBy(subject)).toEqual([people.stays]);
      expect((await subscriber(people.optedOut))?.status).toBe('unsubscribed');
      // A suppressed address gets no confirmation mail either: it stays out.
      expect(
        (await rawMailsTo(people.suppressed)).filter((mail) => mail.subject.startsWith('Confirmez')),
      ).toEqual([]);
    });
  });
});
