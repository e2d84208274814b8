import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mjmlCampaignCompiler } from '../../functions/campaigns/campaign-compiler.js';
import { trackLinks } from '../../functions/campaigns/campaign-tracking-rules.js';
import { TEST_STAFF_EMAIL, uniqueEmail } from '../support/test-hub.js';
import { mailsTo } from '../support/ses-store.js';
import {
  BODY,
  campaignStats as stats,
  createCampaign,
  createCampaignHub,
  seedSubscriber,
  trackingLinksOf as trackingLinksAt,
  type CampaignTestHub,
} from './helpers.js';

const BASE = 'https://hub.filiere-aimants-aura.fr';
const PROGRAMME = 'https://filiere-aimants-aura.fr/evenements';
const REPLAY = 'https://filiere-aimants-aura.fr/replay?session=2&format=video';
const TRACKED_BODY = `${BODY}
<mj-text><a href="https://filiere-aimants-aura.fr/replay?session=2&amp;format=video">Revoir la session</a></mj-text>`;

const trackingLinksOf = (email: string) => trackingLinksAt(email, BASE);

/** What a tracking token says, read without the key (the signed subject is only base64url). */
function tokenSubject(path: string): string {
  const token = path.split('/').pop()!;
  return Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8');
}

describe('open and click tracking (CNIL: per person only with consent)', () => {
  let t: CampaignTestHub;
  const staffInbox = uniqueEmail('equipe-test');
  beforeAll(async () => {
    t = await createCampaignHub(
      {},
      { HUB_BASE_URL: BASE, HUB_STAFF_EMAILS: `${TEST_STAFF_EMAIL},${staffInbox}` },
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A campaign sent through the real worker to one subscriber who accepted tracking and one who did not. */
  async function sendToBoth() {
    const consenting = uniqueEmail('mesure-oui');
    const declining = uniqueEmail('mesure-non');
    await seedSubscriber(t, consenting, ['webinaires'], 'Alix');
    await t.hub.subscriberStore.updatePreferences(
      consenting,
      { topics: ['webinaires'], tracking: true },
      new Date(),
    );
    await seedSubscriber(t, declining, ['webinaires'], 'Sacha');
    const compile = vi.spyOn(mjmlCampaignCompiler, 'compile');
    const id = await createCampaign(t, { mjml: TRACKED_BODY });
    await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    await t.drain();
    return { id, consenting, declining, compilations: compile.mock.calls.length };
  }

  it('rewrites the links once at compile time, names only the consenting recipient, and counts people once and anonymous events each', async () => {
    const { id, consenting, declining, compilations } = await sendToBoth();
    const yes = await trackingLinksOf(consenting);
    const no = await trackingLinksOf(declining);

    const opens = [yes.pixel, yes.pixel, no.pixel, no.pixel];
    const pixels = [];
    for (const path of opens) pixels.push(await t.app.request(path));
    const clicks = [];
    for (const path of [yes.clicks[0]!, yes.clicks[0]!, no.clicks[0]!, no.clicks[1]!])
      clicks.push(await t.app.request(path));

    expect(compilations).toBe(1);
    expect(yes.clicks).toHaveLength(2);
    expect(no.clicks).toHaveLength(2);
    expect(tokenSubject(yes.pixel)).toContain(consenting);
    expect(tokenSubject(yes.clicks[0]!)).toContain(consenting);
    for (const path of [no.pixel, ...no.clicks]) expect(tokenSubject(path)).not.toContain('@');
    for (const pixel of pixels) {
      expect(pixel.status).toBe(200);
      expect(pixel.headers.get('content-type')).toBe('image/gif');
      expect(pixel.headers.get('cache-control')).toContain('no-store');
      expect((await pixel.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    expect(clicks.map((response) => response.status)).toEqual([302, 302, 302, 302]);
    expect(clicks.map((response) => response.headers.get('location'))).toEqual([
      PROGRAMME,
      PROGRAMME,
      PROGRAMME,
      REPLAY,
    ]);
    // Consenting: 1 open and 1 click however many times; declining: every event, in the anonymous share.
    expect(await stats(t, id)).toMatchObject({
      opened: 3,
      openedAnonymous: 2,
      clicked: 3,
      clickedAnonymous: 2,
    });
  });

  it('keeps the text part on the original URLs and the mails free of any placeholder', async () => {
    const { consenting } = await sendToBoth();

    const [mail] = await mailsTo(consenting);

    expect(mail!.body.text).toContain(PROGRAMME);
    expect(mail!.body.text).not.toContain('/newsletter/c/');
    expect(mail!.body.html).not.toContain('{{');
    expect(mail!.body.html).not.toContain(`href="${PROGRAMME}"`);
  });

  it('redirects only to the URL stored in the campaign, and answers a forged or unknown token with a French 404', async () => {
    const { id, consenting } = await sendToBoth();
    const { clicks, pixel } = await trackingLinksOf(consenting);
    const before = await stats(t, id);
    const token = clicks[0]!.split('/').pop()!;
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const otherIndex = t.hub.campaignWorkerDeps.tracking.forRecipient(id).click(7);
    const unknownCampaign = t.hub.campaignWorkerDeps.tracking.forRecipient('inconnue').click(0);

    const hijack = await t.app.request(`${clicks[0]}?url=https://malveillant.example/`);
    const forged = await t.app.request(`/newsletter/c/${tampered}`);
    const outOfRange = await t.app.request(otherIndex.replace(BASE, ''));
    const noCampaign = await t.app.request(unknownCampaign.replace(BASE, ''));
    const forgedPixel = await t.app.request(`${pixel}x`);
    const clickTokenAsPixel = await t.app.request(`/newsletter/o/${token}`);

    expect(hijack.status).toBe(302);
    expect(hijack.headers.get('location')).toBe(PROGRAMME);
    for (const response of [forged, outOfRange, noCampaign, forgedPixel, clickTokenAsPixel]) {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('Lien introuvable');
    }
    const after = await stats(t, id);
    expect(after.clicked).toBe(before.clicked! + 1);
    expect(after.opened).toBe(before.opened);
  });

  it('neither tracks nor counts test sends, and counts nothing for a HEAD from a link checker', async () => {
    const { id, consenting } = await sendToBoth();
    const { clicks } = await trackingLinksOf(consenting);

    const test = await t.api(`/api/admin/campaigns/${id}/test`, { body: { to: [staffInbox] } });
    const head = await t.app.request(clicks[0]!, { method: 'HEAD' });

    expect(test.status).toBe(202);
    const testMails = await mailsTo(staffInbox);
    expect(testMails.length).toBeGreaterThan(0);
    const html = testMails.at(-1)!.body.html ?? '';
    expect(html).toContain(`href="${PROGRAMME}"`);
    expect(html).not.toContain('/newsletter/c/');
    expect(html).not.toContain('/newsletter/o/');
    expect(head.status).toBe(302);
    expect(await stats(t, id)).toMatchObject({ opened: 0, clicked: 0 });
  });

  it('rewrites only web links of <a> elements, one index per distinct URL', () => {
    const html =
      '<a href="{{unsubscribeUrl}}">x</a><a href="mailto:contact@exemple.fr">m</a><a href="#haut">h</a>' +
      '<a class="b" href="https://exemple.fr/a?x=1&amp;y=2">a</a><img src="https://exemple.fr/i.png">' +
      '<a href="https://exemple.fr/a?x=1&amp;y=2">again</a><a href="http://exemple.fr/b">b</a>';

    const { html: tracked, links } = trackLinks(html);

    expect(links).toEqual(['https://exemple.fr/a?x=1&y=2', 'http://exemple.fr/b']);
    expect(tracked).toBe(
      '<a href="{{unsubscribeUrl}}">x</a><a href="mailto:contact@exemple.fr">m</a><a href="#haut">h</a>' +
        '<a class="b" href="{{track:0}}">a</a><img src="https://exemple.fr/i.png">' +
        '<a href="{{track:0}}">again</a><a href="{{track:1}}">b</a>',
    );
  });

  it('explains the measurement on the personal-data page', async () => {
    const response = await t.app.request('/donnees-personnelles');
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('Mesure d’audience des lettres');
    expect(html).toContain('seuls des totaux anonymes');
  });

  it('never names an event registrant who is not a subscriber', async () => {
    const registrant = uniqueEmail('inscrit');
    const urls = t.hub.campaignWorkerDeps.tracking.forRecipient('campagne');
    const { eligible, tracked } = await (
      await import('../../functions/campaigns/campaign-audience.js')
    ).screenRecipients([{ email: registrant }], t.hub.campaignWorkerDeps, new Date());

    expect(eligible).toHaveLength(1);
    expect(tracked.has(registrant)).toBe(false);
    expect(tokenSubject(urls.open)).not.toContain('@');
  });
});
