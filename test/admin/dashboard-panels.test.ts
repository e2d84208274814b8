import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_STATS, type Campaign, type CampaignStats } from '../../functions/campaigns/campaign.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { newId } from '../../functions/shared/ids.js';
import { UNAVAILABLE } from '../../functions/admin/panels/fail-soft.js';
import { parisMonth } from '../../functions/admin/panels/figures.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { SVG, createKit, newVersion, publish, uploadAsset } from '../kits/kit-support.js';
import { getPage } from './staff-forms.js';

// 30 November 2026, 23:30 in Paris: still November there, already December in UTC+2 and beyond.
const NOW = new Date('2026-11-30T22:30:00Z');

function campaign(
  subject: string,
  overrides: Omit<Partial<Campaign>, 'stats'> & { stats?: Partial<CampaignStats> },
): Campaign {
  const { stats, ...rest } = overrides;
  return {
    id: newId(),
    subject,
    audience: { topics: ['webinaires'] },
    mjml: '<mj-text>Bonjour</mj-text>',
    html: '<p>Bonjour</p>',
    text: 'Bonjour',
    status: 'draft',
    round: 1,
    pendingMessages: 0,
    createdBy: 'equipe@exemple.fr',
    createdAt: '2026-11-01T08:00:00Z',
    updatedAt: '2026-11-01T08:00:00Z',
    ...rest,
    stats: { ...EMPTY_STATS, ...stats },
  };
}

/** The HTML of one panel's section, so that a figure is looked for where it belongs. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section aria-labelledby="${id}">`);
  expect(start, `panel ${id} missing`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('the dashboard panels', () => {
  let t: TestHub;
  let cookie: string;
  const clock = new FixedClock(NOW);

  beforeAll(async () => {
    t = await createTestHub({ clock, signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows each campaign in progress with an accessible progress bar and a link to its page', async () => {
    const sending = campaign('Webinaire <aimants> & recyclage', {
      status: 'sending',
      stats: { audience: 400, sent: 118, skipped: 2 },
    });
    const scheduled = campaign('Journée technique de décembre', {
      status: 'scheduled',
      scheduledAt: '2026-12-03T08:00:00Z',
    });
    const paused = campaign('Formation tri', {
      status: 'paused',
      pausedReason: 'Taux de rebond supérieur à 4 %',
      stats: { audience: 50, sent: 10 },
    });
    const draft = campaign('Brouillon oublié', {});
    for (const item of [sending, scheduled, paused, draft]) await t.hub.campaignStore.create(item);

    const { status, html } = await getPage(t, cookie, '/admin');
    const panel = section(html, 'campagnes-en-cours');

    expect(status).toBe(200);
    expect(panel).toContain(
      `<label for="envoi-${sending.id}">118\u00a0envoyés sur 400\u00a0destinataires (30\u00a0%)`,
    );
    expect(panel).toContain(
      `<progress id="envoi-${sending.id}" max="400" value="120" data-campagne="${sending.id}">30\u00a0%</progress>`,
    );
    expect(panel).toContain('2\u00a0écartés (désabonnés ou adresses supprimées)');
    expect(panel).toContain(`href="/admin/campagnes/${sending.id}"`);
    expect(panel).toContain('Webinaire &lt;aimants&gt; &amp; recyclage');
    expect(panel).toContain('Programmée');
    expect(panel).toContain('le 03/12/2026 à 09:00 (heure de Paris)');
    expect(panel).toContain('Les destinataires seront comptés au début de l’envoi.');
    expect(panel).toContain('Motif de la pause : Taux de rebond supérieur à 4 %');
    expect(panel).not.toContain('Brouillon oublié');
    expect(panel).toContain('<script src="/admin/tableau-de-bord.js" defer=""></script>');
  });

  it('shows the results of the last three campaigns sent, newest first', async () => {
    const sent = [1, 2, 3, 4].map((day) =>
      campaign(`Lettre n° ${day}`, {
        status: 'sent',
        sentAt: `2026-11-0${day}T10:00:00Z`,
        stats: {
          audience: 100 + day,
          delivered: 90 + day,
          bounced: day,
          complained: 1,
          unsubscribed: 2,
          opened: 40,
          clicked: 7,
        },
      }),
    );
    for (const item of sent) await t.hub.campaignStore.create(item);

    const panel = section((await getPage(t, cookie, '/admin')).html, 'derniers-resultats');

    expect(panel).not.toContain('Lettre n° 1');
    expect(panel.indexOf('Lettre n° 4')).toBeLessThan(panel.indexOf('Lettre n° 3'));
    expect(panel.indexOf('Lettre n° 3')).toBeLessThan(panel.indexOf('Lettre n° 2'));
    expect(panel).toContain('Envoyée le 04/11/2026 à 11:00');
    expect(panel).toContain('<td data-label="Destinataires">104</td>');
    expect(panel).toContain('<td data-label="Délivrés">94</td>');
    expect(panel).toContain('<td data-label="Rebonds">4</td>');
    expect(panel).toContain('<td data-label="Plaintes">1</td>');
    expect(panel).toContain('<td data-label="Désabonnements">2</td>');
    expect(panel).toContain('<td data-label="Ouvertures">40</td>');
    expect(panel).toContain('<td data-label="Clics">7</td>');
  });

  it('counts the kit downloads of the Paris month, files and ZIPs, per kit', async () => {
    const staff = t.config.HUB_STAFF_EMAILS[0]!;
    const kit = await createKit(t, cookie, { title: 'Kit presse — Journées 2026', audience: 'public' });
    const version = await newVersion(t, cookie, kit.id);
    const asset = await uploadAsset(t, cookie, kit.id, version, {
      name: 'logo.svg',
      contentType: 'image/svg+xml',
      body: SVG,
    });
    await publish(t, cookie, kit.id, version);
    const viewer = { kind: 'staff' as const, email: staff };
    // Last month in Paris (31 October, 23:59), this month (1 November 00:30 Paris = 31 October 23:30 UTC),
    // and next month in Paris (1 December 00:00 Paris).
    for (const [at, what] of [
      ['2026-10-31T22:59:00Z', 'zip'],
      ['2026-10-31T23:30:00Z', 'zip'],
      ['2026-11-15T09:00:00Z', 'file'],
      ['2026-11-30T22:00:00Z', 'file'],
      ['2026-11-30T23:00:00Z', 'zip'],
    ] as const) {
      clock.set(new Date(at));
      if (what === 'zip') await t.hub.kits.zipDownloadUrl(kit.slug, viewer);
      else await t.hub.kits.assetDownloadUrl(kit.slug, asset.assetId, viewer);
    }
    clock.set(NOW);

    const panel = section((await getPage(t, cookie, '/admin')).html, 'telechargements-kits');

    expect(panel).toContain('En novembre 2026 : <strong>3\u00a0téléchargements</strong>');
    expect(panel).toContain('2\u00a0fichiers, 1\u00a0archive ZIP');
    expect(panel).toContain(`<a href="/admin/kits/${kit.id}">Kit presse — Journées 2026</a>`);
  });

  it('bounds the month in Paris time', () => {
    const month = parisMonth(new Date('2026-03-31T22:30:00Z'));

    expect(month.label).toBe('avril 2026');
    expect(month.from.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(month.to.toISOString()).toBe('2026-04-30T22:00:00.000Z');
  });

  it('counts suppressed addresses by reason and the soft bounces', async () => {
    const at = new Date('2026-11-20T10:00:00Z');
    const soft = uniqueEmail('pleine');
    await t.hub.suppression.suppress(uniqueEmail('inconnue'), 'bounce', at);
    await t.hub.suppression.suppress(uniqueEmail('inconnue'), 'bounce', at);
    await t.hub.suppression.suppress(uniqueEmail('fachee'), 'complaint', at);
    await t.hub.suppression.recordSoftBounce(soft, at);
    await t.hub.suppression.recordSoftBounce(soft, at);
    await t.hub.suppression.recordSoftBounce(uniqueEmail('absente'), at);

    const panel = section((await getPage(t, cookie, '/admin')).html, 'rebonds');

    expect(await t.hub.suppression.figures()).toEqual({
      bounce: 2,
      complaint: 1,
      softBouncedAddresses: 2,
      softBounces: 3,
    });
    expect(panel).toContain('Rebond définitif : <strong>2\u00a0adresses supprimées</strong>');
    expect(panel).toContain('<strong>1\u00a0adresse supprimée</strong>');
    expect(panel).toContain('Rebonds temporaires : <strong>3\u00a0rebonds</strong> sur 2\u00a0adresses');
  });

  it('keeps the dashboard up when one panel fails, with a French message in that panel', async () => {
    vi.spyOn(t.hub.suppression, 'figures').mockRejectedValue(new Error('ProvisionedThroughputExceeded'));
    vi.spyOn(t.hub.campaigns, 'list').mockRejectedValue(new Error('network down'));

    const { status, html } = await getPage(t, cookie, '/admin');

    expect(status).toBe(200);
    expect(section(html, 'rebonds')).toContain(UNAVAILABLE);
    expect(section(html, 'campagnes-en-cours')).toContain(UNAVAILABLE);
    expect(section(html, 'derniers-resultats')).toContain(UNAVAILABLE);
    expect(section(html, 'telechargements-kits')).not.toContain(UNAVAILABLE);
    expect(section(html, 'telechargements-kits')).toContain('Kit presse');
    expect(html).toContain('Événements à venir');
  });
});
