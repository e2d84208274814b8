import { beforeAll, describe, expect, it } from 'vitest';
import { buildPublicHub, type PublicHub } from '../../functions/composition/public-hub.js';
import type { ConfirmationMail } from '../../functions/newsletter/newsletter-confirmations.js';
import type { RegistrationInput } from '../../functions/registrations/registration-service.js';
import { storedCampaign } from '../rgpd/rgpd-fixtures.js';
import { cancellationToken, publishedEvent, RecordingNotifier } from '../registrations/fixtures.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';

const PROGRAMME = 'https://filiere-aimants-aura.fr/evenements';

function registrant(): RegistrationInput {
  return {
    firstName: 'Camille',
    lastName: 'Durand',
    email: uniqueEmail('camille'),
    consent: true,
    newsletter: false,
  };
}

/** A registration with a fresh address, so always a new one. */
async function registerNew(registrations: PublicHub['registrations'], slug: string) {
  const result = await registrations.register(slug, registrant());
  if (result.outcome !== 'created') throw new Error('a fresh address was already registered');
  return result;
}

/**
 * The public function builds the public stores and services only (the staff operations are in the admin
 * classes, which the full hub builds): what its routes run must work with those alone.
 */
describe('the public hub, built from the public classes alone', () => {
  let t: TestHub;
  let hub: PublicHub;
  let notifier: RecordingNotifier;
  const confirmations: ConfirmationMail[] = [];

  beforeAll(async () => {
    t = await createTestHub();
    await t.hub.newsletter.seedTopics();
    notifier = new RecordingNotifier();
    hub = buildPublicHub(t.config, t.clients, {
      clock: t.hub.clock,
      signer: t.hub.signer,
      notifier,
      newsletterConfirmations: { confirmation: async (mail) => void confirmations.push(mail) },
    });
  });

  it('carries none of the staff operations', () => {
    expect('checkIn' in hub.registrations).toBe(false);
    expect('promoteOne' in hub.registrationStore).toBe(false);
    expect('create' in hub.eventStore).toBe(false);
    expect('publish' in hub.events).toBe(false);
    expect('listByStatus' in hub.subscriberStore).toBe(false);
    expect('claimSend' in hub.campaignStore).toBe(false);
  });

  it('registers onto the waitlist, ranks it, and a cancellation by link hands the seat to the first in line', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });

    const first = await registerNew(hub.registrations, event.slug);
    const second = await registerNew(hub.registrations, event.slug);
    const rank = await hub.registrations.waitlistRank(second.registration);
    const cancelled = await hub.registrations.cancelByToken(cancellationToken(t, first.registration));

    expect([first.registration.status, second.registration.status]).toEqual(['confirmed', 'waitlisted']);
    expect(rank).toBe(1);
    expect(cancelled.alreadyCancelled).toBe(false);
    expect((await hub.registrationStore.get(event.id, second.registration.id))?.status).toBe('confirmed');
    expect(notifier.of('promoted').map((sent) => sent.registrationId)).toEqual([second.registration.id]);
  });

  it('counts a consenting reader’s click, then their unsubscription, on the campaign last mailed to them', async () => {
    const email = uniqueEmail('lectrice');
    const now = t.hub.clock.now();
    const campaignId = await storedCampaign(t, 'Lettre de mars');
    await t.hub.campaignStore.claimSend(campaignId, email, now, 60_000);
    await t.hub.campaignStore.completeSend(campaignId, email, 'message-1', now);
    const campaign = (await t.hub.campaignStore.get(campaignId))!;
    await t.hub.campaignStore.create({ ...campaign, id: `${campaignId}-liens`, links: [PROGRAMME] });
    const tokenOf = (url: string) => url.split('/').pop()!;
    const tracked = t.hub.campaignTracking.forRecipient(`${campaignId}-liens`, email);

    const url = await hub.campaignTrackingService.click(tokenOf(tracked.click(0)), true);
    const opened = await hub.campaignTrackingService.open(tokenOf(tracked.open), true);
    await hub.newsletter.subscribe({ email, topics: ['webinaires'], source: 'newsletter-api' });
    await hub.newsletter.unsubscribe(hub.newsletterLinks.preferencesToken(email));

    expect(url).toBe(PROGRAMME);
    expect(opened).toBe(true);
    expect((await hub.campaignStore.get(`${campaignId}-liens`))?.stats).toMatchObject({
      clicked: 1,
      opened: 1,
    });
    expect(confirmations.map((mail) => mail.to)).toContain(email);
    expect((await hub.subscriberStore.get(email, now))?.status).toBe('unsubscribed');
    // The campaign that mailed the address (a send marker), not the one whose links were clicked.
    expect((await hub.campaignStore.get(campaignId))?.stats).toMatchObject({ unsubscribed: 1 });
  });

  it('lists a sent campaign in the archive and shows its web version', async () => {
    const campaignId = await storedCampaign(t, 'Lettre d’avril');
    const campaign = (await t.hub.campaignStore.get(campaignId))!;
    await t.hub.campaignStore.transition(
      campaignId,
      ['sent'],
      'sent',
      { sentAt: campaign.createdAt },
      new Date(),
    );

    const listed = await hub.archive.list();
    const web = await hub.archive.webVersion(campaignId);

    expect(listed.map((entry) => entry.id)).toContain(campaignId);
    expect(web.subject).toBe('Lettre d’avril');
  });
});
