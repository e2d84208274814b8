import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail, type TestHub } from '../support/test-hub.js';
import { lastMailTo } from '../support/local-mailbox.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import {
  campaignBody,
  createCampaign,
  createCampaignHub,
  trackingLinksOf,
  type CampaignTestHub,
} from './helpers.js';

const BASE = 'https://hub.filiere-aimants-aura.fr';
const ENGLISH = {
  subject: 'December letter: rare earths and recycling',
  preheader: 'A webinar and a technical day.',
  mjml: `<mj-text>Hello {{firstName}},</mj-text>
<mj-text>The next webinar is about recovering rare earths.</mj-text>
<mj-button href="https://filiere-aimants-aura.fr/en/events">See the programme</mj-button>`,
};

/** A confirmed subscriber who asked in `language`. */
async function subscriberIn(t: TestHub, email: string, language: 'fr' | 'en'): Promise<void> {
  const now = new Date();
  await t.hub.subscriberStore.recordRequest(
    {
      email,
      nonce: 'seed',
      topics: ['webinaires'],
      firstName: 'Alex',
      tracking: false,
      language,
      consent: { at: now.toISOString(), source: 'newsletter-api', textVersion: 'test' },
      expiresAt: new Date(now.getTime() + 86_400_000),
    },
    now,
  );
  await t.hub.subscriberStore.confirm(email, 'seed', now);
}

describe('a campaign’s English version', () => {
  let t: CampaignTestHub;
  beforeAll(async () => {
    t = await createCampaignHub({}, { HUB_BASE_URL: BASE, HUB_RATE_LIMITS: 'off' });
  });

  it('is stored and returned beside the French one', async () => {
    const id = await createCampaign(t, { translations: { en: ENGLISH } });

    const campaign = (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as Record<string, unknown>;

    expect(campaign.subject).toBe(campaignBody().subject);
    expect(campaign.translations).toEqual({ en: ENGLISH });
    const patched = await t.api(`/api/admin/campaigns/${id}`, { method: 'PATCH', body: campaignBody() });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as Record<string, unknown>).translations).toBeUndefined();
  });

  it('goes to English subscribers, the French one to the others, each link leading where it says', async () => {
    const english = uniqueEmail('reader-en');
    const french = uniqueEmail('lecteur-fr');
    await subscriberIn(t, english, 'en');
    await subscriberIn(t, french, 'fr');
    const id = await createCampaign(t, { translations: { en: ENGLISH } });

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();

    const englishMail = await lastMailTo(english);
    expect(englishMail.subject).toBe(ENGLISH.subject);
    expect(englishMail.html).toContain('<html lang="en"');
    expect(englishMail.text).toContain('Hello Alex,');
    expect(englishMail.text).toContain('Unsubscribe');
    expect(englishMail.html).toContain(`${BASE}/en/newsletter/unsubscribe?token=`);
    expect(englishMail.text).not.toContain('Bonjour');
    const frenchMail = await lastMailTo(french);
    expect(frenchMail.subject).toBe(campaignBody().subject);
    expect(frenchMail.text).toContain('Bonjour Alex,');
    expect(frenchMail.html).toContain(`${BASE}/newsletter/unsubscribe?token=`);

    for (const [email, target] of [
      [english, 'https://filiere-aimants-aura.fr/en/events'],
      [french, 'https://filiere-aimants-aura.fr/evenements'],
    ] as const) {
      const { clicks } = await trackingLinksOf(email, BASE);
      const redirect = await t.app.request(clicks.at(-1)!);
      expect(redirect.status, email).toBe(302);
      expect(redirect.headers.get('location'), email).toBe(target);
    }
  });

  it('falls back on the French letter for English readers when there is none', async () => {
    const english = uniqueEmail('reader-fallback');
    await subscriberIn(t, english, 'en');
    const id = await createCampaign(t);

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();

    const mail = await lastMailTo(english);
    expect(mail.subject).toBe(campaignBody().subject);
    expect(mail.html).toContain('<html lang="fr"');
    expect(mail.html).toContain(`${BASE}/newsletter/preferences?token=`);
  });

  it('reaches an event’s English registrants in English', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('registrant-en');
    await register(t, event, registrationBody({ email, language: 'en' }));
    const id = await createCampaign(t, {
      audience: { event: { id: event.id, who: 'registrants' } },
      translations: { en: ENGLISH },
    });

    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();

    expect((await lastMailTo(email)).subject).toBe(ENGLISH.subject);
  });

  it('refuses a hostile English version as it refuses a French one', async () => {
    for (const en of [
      { ...ENGLISH, mjml: '<mj-text><script>alert(1)</script></mj-text>' },
      { ...ENGLISH, mjml: '<mj-button href="javascript:alert(1)">x</mj-button>' },
      { ...ENGLISH, subject: 'Hello\r\nBcc: x@exemple.fr' },
      { ...ENGLISH, subject: '' },
      { subject: ENGLISH.subject },
    ]) {
      const response = await t.api('/api/admin/campaigns', { body: campaignBody({ translations: { en } }) });
      expect(response.status, JSON.stringify(en)).toBe(400);
    }
    const response = await t.api('/api/admin/campaigns', {
      body: campaignBody({ translations: { de: ENGLISH } }),
    });
    expect(response.status).toBe(400);
  });
});
