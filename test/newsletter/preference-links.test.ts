import { beforeAll, describe, expect, it } from 'vitest';
import { newsletterLinks } from '../../functions/composition/newsletter-services.js';
import {
  LEGACY_PREFERENCE_LINKS_UNTIL,
  TOKEN_PURPOSES,
} from '../../functions/newsletter/newsletter-rules.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { lastMailTo } from '../support/local-mailbox.js';
import {
  createCampaign,
  createCampaignHub,
  seedSubscriber,
  type CampaignTestHub,
} from '../campaigns/helpers.js';
import { confirmTokenFromMail, confirmedSubscriber, form, subscribe } from './helpers.js';

// Finding 8 of #14: preference and unsubscribe links name the person by an opaque token, expire (the
// preference page), and one-click unsubscription keeps working for every mail ever sent.
const DAY = 24 * 60 * 60 * 1000;
const PERSONAL_LINK = /https?:\/\/[^\s"<>]+\/newsletter\/(?:preferences|unsubscribe)\?token=[^\s"<>]+/g;

/** Every readable form of the address a careless link might carry. */
function formsOf(email: string): string[] {
  const base64 = Buffer.from(email, 'utf8').toString('base64');
  return [
    email,
    encodeURIComponent(email),
    base64.replace(/=+$/, ''),
    Buffer.from(email, 'utf8').toString('base64url'),
    email.split('@')[0]!,
  ];
}

/** The link and each of its token's parts decoded as base64url: none may show the address. */
function expectNoAddress(url: string, email: string): void {
  const token = decodeURIComponent(new URL(url).searchParams.get('token') ?? '');
  const decoded = token.split('.').map((part) => Buffer.from(part, 'base64url').toString('latin1'));
  for (const text of [url, decodeURIComponent(url), token, ...decoded]) {
    for (const form of formsOf(email)) expect(text).not.toContain(form);
  }
}

/** The raw header block, unfolded. */
function headersOf(raw: string): string {
  return raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
}

describe('preference links carry an opaque token', () => {
  let t: CampaignTestHub;
  beforeAll(async () => {
    t = await createCampaignHub();
  });

  it('a campaign mail names its reader in no link, header or mailto', async () => {
    const email = uniqueEmail('lettre');
    await seedSubscriber(t, email, ['webinaires'], 'Alix');
    const id = await createCampaign(t);
    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();

    const mail = await lastMailTo(email);
    const headers = headersOf(mail.raw);
    const links = [
      ...`${mail.html || ''}\n${mail.text ?? ''}`.matchAll(PERSONAL_LINK),
      ...headers.matchAll(PERSONAL_LINK),
    ].map((match) => match[0]);
    const mailto = /<mailto:[^>]+>/.exec(/^List-Unsubscribe:.*$/im.exec(headers)?.[0] ?? '')?.[0] ?? '';

    expect(links.some((link) => link.includes('/newsletter/preferences?'))).toBe(true);
    expect(links.some((link) => link.includes('/newsletter/unsubscribe?'))).toBe(true);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/im);
    for (const link of links) expectNoAddress(link.replace(/&amp;/g, '&'), email);
    expect(mailto).toContain('desabonnement');
    for (const form of formsOf(email)) expect(decodeURIComponent(mailto)).not.toContain(form);
  });

  it('the confirmation page links to the preferences without the address', async () => {
    const email = uniqueEmail('confirmee');
    expect((await subscribe(t, email)).status).toBe(202);

    const page = await t.app.request(
      '/newsletter/confirm',
      form({ token: await confirmTokenFromMail(email) }),
    );

    const html = await page.text();
    const link = /href="([^"]+\/newsletter\/preferences\?token=[^"]+)"/.exec(html)?.[1];
    expect(page.status).toBe(200);
    expect(link).toBeDefined();
    expectNoAddress(link!.replace(/&amp;/g, '&'), email);
  });

  it('the links of a mail open the preferences and unsubscribe in one click', async () => {
    const email = uniqueEmail('fidele');
    await seedSubscriber(t, email, ['webinaires']);
    const { preferencesUrl, unsubscribeUrl } = t.hub.newsletterLinks.personalLinks(email);

    const page = await t.app.request(preferencesUrl);
    const oneClick = await t.app.request(unsubscribeUrl, form({ 'List-Unsubscribe': 'One-Click' }));

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('value="webinaires" checked');
    expect(oneClick.status).toBe(200);
    expect((await t.hub.subscriberStore.get(email, t.hub.clock.now()))?.status).toBe('unsubscribed');
  });

  it('past its expiry a preference link no longer opens the page, but still unsubscribes in one click', async () => {
    const email = uniqueEmail('ancienne');
    await seedSubscriber(t, email, ['webinaires']);
    const mailedDaysAgo = (days: number) =>
      newsletterLinks(
        t.config,
        t.hub.signer,
        new FixedClock(new Date(t.hub.clock.now().getTime() - days * DAY)),
      ).personalLinks(email);
    const recent = mailedDaysAgo(179);
    const old = mailedDaysAgo(181);
    const oldToken = new URL(old.preferencesUrl).searchParams.get('token')!;

    const recentPage = await t.app.request(recent.preferencesUrl);
    const oldPage = await t.app.request(old.preferencesUrl);
    const oldChange = await t.app.request(
      '/newsletter/preferences',
      form({ token: oldToken, topics: ['formations'], tracking: 'on' }),
    );
    expect(recentPage.status).toBe(200);
    expect(oldPage.status).toBe(410);
    expect(await oldPage.text()).toContain('a expiré');
    expect(oldChange.status).toBe(410);
    expect(await t.hub.subscriberStore.get(email, t.hub.clock.now())).toMatchObject({
      status: 'confirmed',
      topics: ['webinaires'],
      tracking: false,
    });

    const unsubscribePage = await t.app.request(old.unsubscribeUrl);
    const oneClick = await t.app.request(old.unsubscribeUrl, form({ 'List-Unsubscribe': 'One-Click' }));
    expect(unsubscribePage.status).toBe(200);
    expect(oneClick.status).toBe(200);
    expect((await t.hub.subscriberStore.get(email, t.hub.clock.now()))?.status).toBe('unsubscribed');
  });

  it('refuses hostile and tampered tokens with a French page, never an error 500', async () => {
    const email = uniqueEmail('visee');
    await seedSubscriber(t, email, ['webinaires']);
    const token = t.hub.newsletterLinks.preferencesToken(email);
    const [subject, expiry, mac] = token.split('.') as [string, string, string];
    const hostile = [
      '',
      'x.y.z',
      `${subject}.${(parseInt(expiry, 36) + 365 * 86_400).toString(36)}.${mac}`,
      `${subject}..${mac}`,
      `${subject.slice(0, -4)}AAAA.${expiry}.${mac}`,
      `${subject}.${expiry}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
      'A'.repeat(4000),
      'é.é.é',
      t.hub.signer.sign(TOKEN_PURPOSES.preferences, email, new Date(Date.now() + DAY)),
      t.hub.signer.seal(TOKEN_PURPOSES.confirm, email, new Date(Date.now() + DAY)),
    ];

    for (const value of hostile) {
      const query = `?token=${encodeURIComponent(value)}`;
      const responses = [
        await t.app.request(`/newsletter/preferences${query}`),
        await t.app.request('/newsletter/preferences', form({ token: value, topics: ['formations'] })),
        await t.app.request(`/newsletter/unsubscribe${query}`),
        await t.app.request(`/newsletter/unsubscribe${query}`, form({ 'List-Unsubscribe': 'One-Click' })),
      ];
      for (const response of responses) {
        expect(response.status, value.slice(0, 40)).toBe(400);
        expect(response.headers.get('content-type')).toContain('text/html');
      }
    }
    expect(await t.hub.subscriberStore.get(email, t.hub.clock.now())).toMatchObject({
      status: 'confirmed',
      topics: ['webinaires'],
    });
  });
});

describe('preference links mailed before they were opaque', () => {
  let t: TestHub;
  let clock: FixedClock;
  beforeAll(async () => {
    clock = new FixedClock(new Date(LEGACY_PREFERENCE_LINKS_UNTIL.getTime() - DAY));
    t = await createTestHub({ clock });
    await t.hub.newsletter.seedTopics();
  });

  /** The token such a mail carried: the address itself, signed, with no expiry. */
  const legacyToken = (email: string) =>
    encodeURIComponent(t.hub.signer.sign(TOKEN_PURPOSES.legacyPreferences, email));

  it('open the preference page until the cut-over date, and no longer after', async () => {
    const email = uniqueEmail('lettre-2026');
    await confirmedSubscriber(t, email);

    const before = await t.app.request(`/newsletter/preferences?token=${legacyToken(email)}`);
    clock.set(new Date(LEGACY_PREFERENCE_LINKS_UNTIL.getTime() + DAY));
    const after = await t.app.request(`/newsletter/preferences?token=${legacyToken(email)}`);
    clock.set(new Date(LEGACY_PREFERENCE_LINKS_UNTIL.getTime() - DAY));

    expect(before.status).toBe(200);
    expect(after.status).toBe(410);
  });

  it('unsubscribe in one click, even long after the cut-over date', async () => {
    const email = uniqueEmail('lettre-2025');
    await confirmedSubscriber(t, email);
    clock.set(new Date(LEGACY_PREFERENCE_LINKS_UNTIL.getTime() + 400 * DAY));

    const response = await t.app.request(
      `/newsletter/unsubscribe?token=${legacyToken(email)}`,
      form({ 'List-Unsubscribe': 'One-Click' }),
    );
    clock.set(new Date(LEGACY_PREFERENCE_LINKS_UNTIL.getTime() - DAY));

    expect(response.status).toBe(200);
    expect((await t.hub.subscriberStore.get(email, clock.now()))?.status).toBe('unsubscribed');
  });
});
