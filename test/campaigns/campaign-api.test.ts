import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF_EMAIL, uniqueEmail } from '../support/test-hub.js';
import { rawMailsTo } from '../support/local-mailbox.js';
import { campaignBody, createCampaign, createCampaignHub, type CampaignTestHub } from './helpers.js';

describe('the staff campaign API', () => {
  let t: CampaignTestHub;
  beforeAll(async () => {
    t = await createCampaignHub();
  });

  it('creates a draft (201 {id}) whose status and zeroed statistics read back', async () => {
    const response = await t.api('/api/admin/campaigns', { body: campaignBody() });

    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const campaign = (await (await t.api(`/api/admin/campaigns/${id}`)).json()) as Record<string, unknown>;
    expect(campaign).toMatchObject({
      status: 'draft',
      stats: { audience: 0, sent: 0, delivered: 0, bounced: 0, complained: 0, unsubscribed: 0 },
    });
  });

  it('previews the campaign compiled once, in the shared layout, personalised with sample values', async () => {
    const id = await createCampaign(t);

    const response = await t.api(`/api/admin/campaigns/${id}/preview`);

    const { html, text } = (await response.json()) as { html: string; text: string };
    expect(response.status).toBe(200);
    expect(html).toContain('Bonjour Camille,');
    expect(html).toContain('Se désabonner');
    expect(html).not.toContain('{{');
    expect(text).toContain('Le prochain webinaire porte sur la récupération des terres rares.');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('links the preview to the public web version only when the campaign will be archived', async () => {
    const archived = await createCampaign(t);
    const keptOut = await createCampaign(t, { archive: false });

    const htmlOf = async (id: string) =>
      ((await (await t.api(`/api/admin/campaigns/${id}/preview`)).json()) as { html: string }).html;

    expect(await htmlOf(archived)).toContain(`/newsletter/archives/${archived}`);
    // A campaign kept out of the archive has no public page: its preview must not link to a 404.
    expect(await htmlOf(keptOut)).not.toContain(`/newsletter/archives/${keptOut}`);
    expect(await htmlOf(keptOut)).toContain('#version-web');
  });

  it.each([
    [
      'a line break in the subject (header injection)',
      { subject: 'Bonjour\r\nBcc: victime@exemple.fr' },
      'subject',
    ],
    ['a script in the body', { mjml: '<mj-text><script>alert(1)</script></mj-text>' }, 'mjml'],
    [
      'an event handler in the body',
      { mjml: '<mj-image src="https://x.fr/a.png" onerror="alert(1)" />' },
      'mjml',
    ],
    ['a javascript: link', { mjml: '<mj-button href="javascript:alert(1)">x</mj-button>' }, 'mjml'],
    ['an unknown placeholder', { mjml: '<mj-text>{{password}}</mj-text>' }, 'mjml'],
    [
      'invalid MJML',
      { mjml: '<mj-text couleur="rouge">Bonjour</mj-text><mj-bouton>Voir</mj-bouton>' },
      'mjml',
    ],
    ['an unknown topic', { audience: { topics: ['casino'] } }, 'audience.topics'],
    ['an empty audience', { audience: {} }, 'audience'],
    ['a quote in the sender name', { fromName: 'Equipe" <pirate@exemple.fr>' }, 'fromName'],
  ])('refuses %s with 400', async (_label, change, field) => {
    const response = await t.api('/api/admin/campaigns', { body: campaignBody(change) });

    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors)).toContain(field);
  });

  it('answers 401 without a staff session', async () => {
    const response = await t.app.request('/api/admin/campaigns', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(campaignBody()),
    });

    expect(response.status).toBe(401);
  });

  it('sends tests to staff addresses only', async () => {
    const id = await createCampaign(t, { subject: `Test ${uniqueEmail()}` });
    const outsider = uniqueEmail('externe');

    const refused = await t.api(`/api/admin/campaigns/${id}/test`, { body: { to: [outsider] } });
    const accepted = await t.api(`/api/admin/campaigns/${id}/test`, { body: { to: [TEST_STAFF_EMAIL] } });

    expect(refused.status).toBe(400);
    expect(await rawMailsTo(outsider)).toHaveLength(0);
    expect(accepted.status).toBe(202);
    const mails = await rawMailsTo(TEST_STAFF_EMAIL);
    expect(mails.some((mail) => mail.subject.startsWith('[Test] Test '))).toBe(true);
  });

  it('lists, duplicates and cancels', async () => {
    const id = await createCampaign(t, { subject: 'À dupliquer' });

    const copy = await t.api(`/api/admin/campaigns/${id}/duplicate`, { body: {} });
    const cancelled = await t.api(`/api/admin/campaigns/${id}/cancel`, { body: {} });
    const again = await t.api(`/api/admin/campaigns/${id}/send`, { body: {} });
    const list = (await (await t.api('/api/admin/campaigns')).json()) as {
      items: { id: string; status: string }[];
    };

    expect(copy.status).toBe(201);
    const { id: copyId } = (await copy.json()) as { id: string };
    expect(cancelled.status).toBe(200);
    expect(again.status).toBe(409);
    expect(list.items.find((item) => item.id === id)?.status).toBe('cancelled');
    expect(list.items.find((item) => item.id === copyId)?.status).toBe('draft');
  });
});
