import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { LinkSigner } from '../../functions/shared/signed-links.js';
import { keys } from '../../functions/store/keys.js';
import { simpleParser } from 'mailparser';
import { rawMailsTo } from '../support/local-mailbox.js';
import { uniqueEmail } from '../support/test-hub.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import {
  createCampaign,
  createCampaignHub,
  seedSubscriber,
  type CampaignTestHub,
} from '../campaigns/helpers.js';

const BASE = 'https://hub.filiere-aimants-aura.fr';

/** A link of the campaign mail an address received (by its subject), as written in its HTML part. */
async function linkInMail(email: string, subject: string, path: string): Promise<string> {
  const [raw] = (await rawMailsTo(email)).filter((mail) => mail.subject === subject);
  if (!raw) throw new Error(`no mail "${subject}" to ${email}`);
  const html = String((await simpleParser(raw.raw)).html);
  const match = new RegExp(`href="([^"]*${path}[^"]*)"`).exec(html);
  if (!match) throw new Error(`no ${path} link in the mail to ${email}`);
  return match[1]!.replaceAll('&amp;', '&');
}

const webVersionLink = (email: string, subject: string) =>
  linkInMail(email, subject, '/newsletter/archives/');

/** The path and query of an absolute hub URL, to request it from the app. */
const local = (url: string) => url.slice(BASE.length);

const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? '';

describe('only public campaigns are public (#14, finding 7)', () => {
  let t: CampaignTestHub;
  let event: HubEvent;
  const registrant = uniqueEmail('inscrite');
  const otherRegistrant = uniqueEmail('autre-inscrit');
  const subscriber = uniqueEmail('abonnee');
  let forRegistrants: { id: string; subject: string };
  let secondForRegistrants: { id: string; subject: string };
  let keptOut: { id: string; subject: string };
  let archived: { id: string; subject: string };

  async function send(overrides: Record<string, unknown>) {
    const subject = `${String(overrides.subject ?? 'Lettre')} ${uniqueEmail('objet')}`;
    const id = await createCampaign(t, { ...overrides, subject });
    expect((await t.api(`/api/admin/campaigns/${id}/send`, { body: {} })).status).toBe(202);
    await t.drain();
    return { id, subject };
  }

  const archivePage = async () => (await t.app.request('/newsletter/archives')).text();
  const feed = async () => (await t.app.request('/newsletter/archives/feed.atom')).text();

  beforeAll(async () => {
    t = await createCampaignHub({}, { HUB_BASE_URL: BASE });
    event = await publishedEvent(t, { title: 'Journée technique : démontage des moteurs' });
    for (const [email, firstName] of [
      [registrant, 'Léonie'],
      [otherRegistrant, 'Bastien'],
    ] as const) {
      const response = await register(t, event, registrationBody({ email, firstName }));
      expect(response.status).toBe(201);
    }
    await seedSubscriber(t, subscriber, ['webinaires'], 'Zoé');
    const eventAudience = { event: { id: event.id, who: 'registrants' } };
    forRegistrants = await send({ subject: 'Consignes pour les inscrits', audience: eventAudience });
    secondForRegistrants = await send({ subject: 'Support de la journée', audience: eventAudience });
    keptOut = await send({ subject: 'Lettre hors archives', archive: false });
    archived = await send({ subject: 'Lettre publique' });
  });

  it('keeps a campaign to an event’s registrants out of the archive, its feed and its public URL', async () => {
    const [page, atom] = [await archivePage(), await feed()];
    const direct = await t.app.request(`/newsletter/archives/${forRegistrants.id}`);

    for (const text of [page, atom]) {
      expect(text).not.toContain(forRegistrants.id);
      expect(text).not.toContain(forRegistrants.subject);
    }
    expect(direct.status).toBe(404);
    expect(await direct.text()).toContain('Lettre introuvable');
  });

  it('mails a registrant a personal, signed web version that shows their own letter', async () => {
    const link = await webVersionLink(registrant, forRegistrants.subject);
    const response = await t.app.request(local(link));
    const html = await response.text();

    expect(link).toMatch(new RegExp(`^${BASE}/newsletter/archives/${forRegistrants.id}\\?token=`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    // The token must not leave with a click on one of the letter's links.
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(html).toContain(forRegistrants.subject);
    expect(html).toContain('Bonjour Léonie,');
    expect(html).toContain('/newsletter/unsubscribe?token=');
    expect(html).not.toContain('/newsletter/c/');
    expect(html).not.toContain('/newsletter/o/');
  });

  it('shows neither the address nor the name of its reader in the web version link', async () => {
    const link = await webVersionLink(registrant, forRegistrants.subject);
    const token = decodeURIComponent(tokenOf(link));
    const readable = [
      token,
      ...token.split('.').map((part) => Buffer.from(part, 'base64url').toString('utf8')),
    ];

    for (const text of readable) {
      for (const secret of [registrant, 'Léonie']) expect(text).not.toContain(secret);
    }
    expect(link).not.toContain(encodeURIComponent(registrant));
  });

  it('answers 404 to a web version link without its token, tampered, foreign or for another campaign', async () => {
    const link = await webVersionLink(registrant, forRegistrants.subject);
    const unsubscribe = await linkInMail(registrant, forRegistrants.subject, '/newsletter/unsubscribe');
    const token = tokenOf(link);
    const foreign = new LinkSigner('another-signing-key-another-signing-key-01').sign(
      'campaign-web-version',
      `${forRegistrants.id}\n${registrant}\nLéonie`,
    );
    const [body, expiry, mac] = token.split('.') as [string, string, string];
    const flipped = `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    const otherName = Buffer.from(`${forRegistrants.id}\n${registrant}\nPirate`).toString('base64url');
    const path = (id: string, value: string) =>
      `/newsletter/archives/${id}?token=${encodeURIComponent(value)}`;

    const attempts = {
      'no token': `/newsletter/archives/${forRegistrants.id}`,
      'empty token': path(forRegistrants.id, ''),
      'flipped signature': path(forRegistrants.id, `${body}.${expiry}.${flipped}`),
      'changed subject': path(forRegistrants.id, `${otherName}.${expiry}.${mac}`),
      'foreign key': path(forRegistrants.id, foreign),
      garbage: path(forRegistrants.id, '..'),
      'A’s token on B': path(secondForRegistrants.id, token),
      'A’s token on a draft': path(await createCampaign(t), token),
      'unsubscribe token': path(forRegistrants.id, tokenOf(unsubscribe)),
    };
    for (const [label, attempt] of Object.entries(attempts)) {
      const response = await t.app.request(attempt);
      expect(response.status, label).toBe(404);
      const html = await response.text();
      expect(html, label).not.toContain('Léonie');
      expect(html, label).not.toContain(forRegistrants.subject);
    }
  });

  it('gives each registrant a link of their own', async () => {
    const mine = await webVersionLink(registrant, forRegistrants.subject);
    const theirs = await webVersionLink(otherRegistrant, forRegistrants.subject);
    const html = await (await t.app.request(local(theirs))).text();

    expect(tokenOf(mine)).not.toBe(tokenOf(theirs));
    expect(html).toContain('Bonjour Bastien,');
    expect(html).not.toContain('Léonie');
  });

  it('keeps a topic campaign sent with archive: false out of the archive, with a personal web version', async () => {
    const view = (await (await t.api(`/api/admin/campaigns/${keptOut.id}`)).json()) as { archive: boolean };
    const direct = await t.app.request(`/newsletter/archives/${keptOut.id}`);
    const link = await webVersionLink(subscriber, keptOut.subject);
    const personal = await t.app.request(local(link));

    expect(view.archive).toBe(false);
    expect(await archivePage()).not.toContain(keptOut.subject);
    expect(await feed()).not.toContain(keptOut.id);
    expect(direct.status).toBe(404);
    expect(link).toContain(`/newsletter/archives/${keptOut.id}?token=`);
    expect(personal.status).toBe(200);
    expect(await personal.text()).toContain('Bonjour Zoé,');
  });

  it('archives a topic campaign by default, with its public web version as before', async () => {
    const view = (await (await t.api(`/api/admin/campaigns/${archived.id}`)).json()) as { archive: boolean };
    const link = await webVersionLink(subscriber, archived.subject);
    const response = await t.app.request(`/newsletter/archives/${archived.id}`);

    expect(view.archive).toBe(true);
    expect(await archivePage()).toContain(`/newsletter/archives/${archived.id}`);
    expect(await feed()).toContain(`${BASE}/newsletter/archives/${archived.id}`);
    expect(link).toBe(`${BASE}/newsletter/archives/${archived.id}`);
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain('Zoé');
  });

  it('refuses an archive field that is not a boolean', async () => {
    const response = await t.api('/api/admin/campaigns', {
      body: {
        subject: 'Lettre',
        audience: { topics: ['webinaires'] },
        mjml: '<mj-text>Bonjour</mj-text>',
        archive: 'non',
      },
    });
    expect(response.status).toBe(400);
  });

  it('offers "Publier dans les archives" in the composer, ticked by default, and saves it unticked', async () => {
    const composer = (cookie: string, fields: [string, string][]) =>
      t.app.request('/admin/campagnes/nouvelle', {
        method: 'POST',
        headers: {
          cookie,
          origin: BASE,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams(fields).toString(),
      });
    const fields = (extra: [string, string][]): [string, string][] => [
      ['subject', 'Lettre composée'],
      ['audienceKind', 'topics'],
      ['topics', 'webinaires'],
      ['mode', 'blocks'],
      ['blocks.0.kind', 'text'],
      ['blocks.0.text', 'Bonjour {{firstName}},'],
      ['action', 'save'],
      ...extra,
    ];
    const savedArchive = async (response: Response) => {
      expect(response.status).toBe(303);
      const id = decodeURIComponent(response.headers.get('location')!.split('/')[3]!);
      return (await t.hub.campaigns.get(id)).archive;
    };

    const page = await (
      await t.app.request('/admin/campagnes/nouvelle', { headers: { cookie: t.cookie } })
    ).text();
    const ticked = await composer(t.cookie, fields([['archive', 'on']]));
    const unticked = await composer(t.cookie, fields([]));

    expect(page).toMatch(/<input type="checkbox" id="archive" name="archive" value="on" checked=""/);
    expect(page).toContain('<label for="archive">Publier dans les archives</label>');
    expect(await savedArchive(ticked)).toBe(true);
    expect(await savedArchive(unticked)).toBe(false);
  });

  it('hides an event campaign archived before this rule, and keeps an older topic one', async () => {
    // A topic campaign stored before the `archive` field existed.
    const older = { id: await createCampaign(t), subject: 'Lettre de la saison passée' };
    await t.clients.dynamo.send(
      new UpdateCommand({
        TableName: t.config.HUB_TABLE_NAME,
        Key: keys.campaign(older.id),
        UpdateExpression: 'REMOVE #archive',
        ExpressionAttributeNames: { '#archive': 'archive' },
      }),
    );
    // Archive items as the hub wrote them before: one per sent campaign, whatever its audience.
    for (const { id, subject } of [secondForRegistrants, older]) {
      const sentAt = '2026-01-15T09:00:00.000Z';
      await t.clients.dynamo.send(
        new PutCommand({
          TableName: t.config.HUB_TABLE_NAME,
          Item: { ...keys.archivedCampaign(sentAt, id), campaignId: id, subject, sentAt },
        }),
      );
    }
    const [page, atom] = [await archivePage(), await feed()];

    expect(page).not.toContain(secondForRegistrants.subject);
    expect(atom).not.toContain(secondForRegistrants.id);
    expect(page).toContain(`/newsletter/archives/${older.id}`);
    expect(atom).toContain(`/newsletter/archives/${older.id}`);
    expect(page).toContain(`/newsletter/archives/${archived.id}`);
  });
});
