import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import { technicalDayBody } from '../events/fixtures.js';
import { mailsTo } from '../support/ses-store.js';
import { uniqueEmail } from '../support/test-hub.js';
import { createCampaign, createCampaignHub, seedSubscriber, type CampaignTestHub } from './helpers.js';

const ORIGIN = 'http://localhost';

describe('the staff campaign pages', () => {
  let t: CampaignTestHub;
  const staff = uniqueEmail('equipe');

  const get = (path: string, cookie = t.cookie) => t.app.request(path, { headers: { cookie } });
  const post = (path: string, fields: [string, string][], origin = ORIGIN) =>
    t.app.request(path, {
      method: 'POST',
      headers: { cookie: t.cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });

  const composerFields = (overrides: Record<string, string> = {}): [string, string][] => {
    const fields: Record<string, string> = {
      subject: 'Lettre de mars : démontage des aimants',
      preheader: 'Une journée technique à Lyon',
      fromName: '',
      audienceKind: 'topics',
      mode: 'blocks',
      'blocks.0.kind': 'title',
      'blocks.0.text': 'Les nouvelles <de> la filière',
      'blocks.1.kind': 'text',
      'blocks.1.text': 'Bonjour {{firstName}},\n\nUn atelier & une visite.',
      'blocks.2.kind': 'button',
      'blocks.2.label': 'Voir le programme',
      'blocks.2.href': 'https://filiere.example/programme',
      action: 'save',
      ...overrides,
    };
    return [...Object.entries(fields), ['topics', 'webinaires']];
  };

  beforeAll(async () => {
    t = await createCampaignHub({}, { HUB_STAFF_EMAILS: staff });
  });

  it('send visitors without a staff session to the sign-in page, and refuse posts from another site', async () => {
    const anonymous = await t.app.request('/admin/campagnes');
    const foreign = await post('/admin/campagnes/nouvelle', composerFields(), 'https://pirate.example');

    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/connexion');
    expect(foreign.status).toBe(403);
    expect(await t.hub.campaigns.list()).toHaveLength(0);
  });

  it('guard every console route of the app’s route table', async () => {
    const routes = t.app.routes.filter(
      (route) => route.path.startsWith('/admin/campagnes') && route.method !== 'ALL',
    );
    expect(routes.length).toBeGreaterThanOrEqual(15);

    for (const { method, path } of routes) {
      const response = await t.app.request(path.replace(/:id/g, 'x'), {
        method,
        headers: { origin: ORIGIN },
      });
      expect(response.status, `${method} ${path}`).toBe(303);
      expect(response.headers.get('location'), `${method} ${path}`).toBe('/connexion');
    }
  });

  it('list the campaigns with their status in French and a button to write a new one', async () => {
    const id = await createCampaign(t, { subject: 'Lettre listée' });

    const response = await get('/admin/campagnes');

    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain(`href="/admin/campagnes/${id}"`);
    expect(page).toContain('Lettre listée');
    expect(page).toContain('Brouillon');
    expect(page).toContain('href="/admin/campagnes/nouvelle"');
    expect(page).toContain('Nouvelle campagne');
    expect(page).toMatch(/aria-current="page"[^>]*>Campagnes|href="\/admin\/campagnes" aria-current="page"/);
  });

  it('offer the topics of the store and ready blocks in the composer, with the live preview script', async () => {
    const response = await get('/admin/campagnes/nouvelle');

    const page = await response.text();
    expect(response.status).toBe(200);
    for (const topic of await t.hub.newsletter.listTopics())
      expect(page).toContain(`<label for="topics-${topic.slug}">${topic.name}</label>`);
    expect(page).toContain('name="blocks.0.kind" value="title"');
    expect(page).toContain('<option value="image">Image</option>');
    expect(page).toContain('<option value="event">Carte d’événement</option>');
    expect(page).toContain('<script src="/admin/campagnes/composeur.js" defer="">');
  });

  it('add a block without JavaScript, keeping everything typed', async () => {
    const response = await post('/admin/campagnes/nouvelle', [
      ...composerFields({ action: 'add' }),
      ['newBlock', 'image'],
    ]);

    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('value="Lettre de mars : démontage des aimants"');
    expect(page).toContain('value="Les nouvelles &lt;de&gt; la filière"');
    expect(page).toMatch(
      /<input type="checkbox" id="topics-webinaires" name="topics" value="webinaires" checked/,
    );
    expect(page).toContain('name="blocks.3.kind" value="image"');
    expect(page).toContain('Bloc 4 : Image');
    // The keyboard resumes on the new block's first field, and only there (autofocus: no script needed).
    expect(page).toMatch(/<input autofocus="" type="url" id="blocks\.3\.src"/);
    expect(page.match(/autofocus/g)).toHaveLength(1);
    expect(await t.hub.campaigns.list()).not.toContainEqual(
      expect.objectContaining({ subject: 'Lettre de mars : démontage des aimants' }),
    );
  });

  it('remove a ticked block when the form comes back', async () => {
    const response = await post('/admin/campagnes/nouvelle', [
      ...composerFields({ action: 'add', 'blocks.1.remove': 'on' }),
      ['newBlock', 'title'],
    ]);

    const page = await response.text();
    expect(page).not.toContain('Un atelier &amp; une visite.');
    expect(page).toContain('name="blocks.1.kind" value="button"');
    expect(page).toContain('name="blocks.2.kind" value="title"');
  });

  it('move a block to the position chosen for it', async () => {
    const response = await post('/admin/campagnes/nouvelle', [
      ...composerFields({ action: 'add', 'blocks.2.position': '1', 'blocks.0.position': '1' }),
      ['newBlock', 'text'],
    ]);

    const page = await response.text();
    expect(page).toContain('name="blocks.0.kind" value="button"');
    expect(page).toContain('name="blocks.1.kind" value="title"');
    expect(page).toContain('name="blocks.2.kind" value="text"');
    expect(page).toContain('value="Voir le programme"');
  });

  it('refuse a composer with errors: 400, messages linked to their fields, what was typed kept, nothing saved', async () => {
    const before = (await t.hub.campaigns.list()).length;

    const response = await post('/admin/campagnes/nouvelle', [
      ...composerFields({ subject: '', 'blocks.2.href': 'http://non-securise.example' }),
      ['blocks.3.kind', 'image'],
      ['blocks.3.src', 'https://img.example/a.png'],
      ['blocks.3.alt', ''],
    ]);

    const page = await response.text();
    expect(response.status).toBe(400);
    expect(page).toContain('Le formulaire contient des erreurs');
    expect(page).toContain('<a href="#subject">Objet : ');
    expect(page).toContain(
      '<a href="#blocks.2.href">Bloc 3 (Bouton) — Adresse du lien : Indiquez une adresse https://… pour le lien.</a>',
    );
    expect(page).toContain(
      '<a href="#blocks.3.alt">Bloc 4 (Image) — Texte alternatif : Ce champ est obligatoire.</a>',
    );
    expect(page).toContain('value="http://non-securise.example"');
    expect(page).toContain('value="https://img.example/a.png"');
    expect(page).toContain('Bonjour {{firstName}},\n\nUn atelier &amp; une visite.</textarea>');
    expect(await t.hub.campaigns.list()).toHaveLength(before);
  });

  it('refuse an empty audience beside the audience fields', async () => {
    const response = await post(
      '/admin/campagnes/nouvelle',
      composerFields().filter(([name]) => name !== 'topics'),
    );

    const page = await response.text();
    expect(response.status).toBe(400);
    expect(page).toContain(
      '<a href="#audience">Destinataires : Cochez au moins un thème, ou choisissez un événement.</a>',
    );
  });

  it('save a draft from blocks through the service, then show it back as blocks in the edit form', async () => {
    const response = await post('/admin/campagnes/nouvelle', composerFields());

    expect(response.status).toBe(303);
    const id = decodeURIComponent(response.headers.get('location')!.split('/')[3]!);
    expect(response.headers.get('location')).toBe(`/admin/campagnes/${id}/apercu?fait=enregistree`);
    const saved = await t.hub.campaigns.get(id);
    expect(saved).toMatchObject({
      status: 'draft',
      subject: 'Lettre de mars : démontage des aimants',
      audience: { topics: ['webinaires'] },
    });
    expect(saved.mjml).toContain('Les nouvelles &lt;de&gt; la filière');
    expect(saved.html).toContain('Un atelier &amp; une visite.');
    const edit = await (await get(`/admin/campagnes/${id}/modifier`)).text();
    expect(edit).toContain('value="Les nouvelles &lt;de&gt; la filière"');
    expect(edit).toContain('name="blocks.2.kind" value="button"');
    expect(edit).toContain('srcdoc="');
  });

  it('edit a draft and report the service’s own refusals (hand-written MJML) beside the MJML field', async () => {
    const id = await createCampaign(t, { subject: 'Écrite à la main' });
    const edit = await (await get(`/admin/campagnes/${id}/modifier`)).text();
    expect(edit).toContain('name="mode" value="mjml"');

    const refused = await post(`/admin/campagnes/${id}/modifier`, [
      ...composerFields({ mode: 'mjml', subject: 'Écrite à la main, modifiée' }),
      ['mjml', '<mj-text>Bonjour</mj-text><mj-bouton>Voir</mj-bouton>'],
    ]);
    const saved = await post(`/admin/campagnes/${id}/modifier`, [
      ...composerFields({ mode: 'mjml', subject: 'Écrite à la main, modifiée' }),
      ['mjml', '<mj-text>Bonjour {{firstName}}</mj-text>'],
    ]);

    const page = await refused.text();
    expect(refused.status).toBe(400);
    expect(page).toContain('<a href="#mjml">Corps de la lettre (MJML) : MJML invalide');
    expect(page).toContain('value="Écrite à la main, modifiée"');
    expect(saved.status).toBe(303);
    expect((await t.hub.campaigns.get(id)).subject).toBe('Écrite à la main, modifiée');
  });

  it('preview what is typed, unsaved, as JSON for the live preview; refuse forbidden markup', async () => {
    const ok = await post('/admin/campagnes/apercu-direct', composerFields({ 'blocks.2.href': '' }));
    const refused = await post('/admin/campagnes/apercu-direct', [
      ...composerFields({ mode: 'mjml' }),
      ['mjml', '<mj-text><script>alert(1)</script></mj-text>'],
    ]);

    const preview = (await ok.json()) as { html: string; text: string };
    expect(ok.status).toBe(200);
    expect(preview.html).toContain('Les nouvelles &lt;de&gt; la filière');
    expect(preview.html).toContain('Bonjour Camille,');
    expect(preview.html).not.toContain('Voir le programme');
    expect(preview.text).toContain('Un atelier & une visite.');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await refused.json()).toEqual({
      type: 'https://filiere-hub.fr/problemes/donnees-invalides',
      title: 'Données invalides',
      status: 400,
      detail: 'Certaines informations sont invalides.',
      errors: { mjml: ['Les scripts sont interdits dans une lettre.'] },
    });
    expect(await t.hub.campaigns.list()).not.toContainEqual(
      expect.objectContaining({
        subject: 'Lettre de mars : démontage des aimants',
        mjml: expect.stringContaining('script'),
      }),
    );
  });

  it('show the preview in sandboxed frames at desktop and phone widths, with the text version', async () => {
    const id = await createCampaign(t);

    const response = await get(`/admin/campagnes/${id}/apercu`);

    const page = await response.text();
    // The letter's images (https, on other sites) show in the srcdoc frames, which inherit this policy.
    expect(response.headers.get('content-security-policy')).toContain("img-src 'self' data: https:");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");

    expect(page).toMatch(
      /<iframe sandbox="" srcdoc="[^"]*Bonjour Camille,[^"]*" title="Aperçu de la lettre, Ordinateur \(640 px\)" width="640"/,
    );
    expect(page).toContain('title="Aperçu de la lettre, Téléphone (360 px)" width="360"');
    expect(page).toContain('Le prochain webinaire porte sur la récupération des terres rares.');
    expect(page).toContain('Envoyer le test');
    expect(page).toContain(`name="to" value="${staff}"`);
    expect(page).toContain('type="datetime-local"');
  });

  it('send a test to staff addresses only, keeping what was typed when refused', async () => {
    const id = await createCampaign(t, { subject: `Test ${staff}` });
    const outsider = uniqueEmail('dehors');

    const refused = await post(`/admin/campagnes/${id}/test`, [['to', `${staff}, ${outsider}`]]);
    const sent = await post(`/admin/campagnes/${id}/test`, [['to', staff]]);

    const page = await refused.text();
    expect(refused.status).toBe(400);
    expect(page).toContain(`${outsider} refusée(s)`);
    expect(page).toContain(`value="${staff}, ${outsider}"`);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`/admin/campagnes/${id}/apercu?fait=test`);
    await expect
      .poll(async () => (await mailsTo(staff)).map((mail) => mail.subject))
      .toContain(`[Test] Test ${staff}`);
    expect(await mailsTo(outsider)).toEqual([]);
  });

  it('send only once the send is confirmed, then show the results reaching 100 %', async () => {
    const people = [uniqueEmail('abonne'), uniqueEmail('abonne')];
    for (const email of people) await seedSubscriber(t, email, ['formations'], 'Alex');
    const id = await createCampaign(t, { audience: { topics: ['formations'] } });

    const unconfirmed = await post(`/admin/campagnes/${id}/envoyer`, [['when', 'now']]);
    const confirmed = await post(`/admin/campagnes/${id}/envoyer`, [
      ['when', 'now'],
      ['confirm', 'on'],
    ]);
    const sending = await (await get(`/admin/campagnes/${id}`)).text();
    await t.drain();
    const done = await (await get(`/admin/campagnes/${id}`)).text();

    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('Cochez la case pour confirmer l’envoi');
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`/admin/campagnes/${id}?fait=envoi`);
    expect(sending).toContain('En cours d’envoi');
    expect(sending).toContain('<script src="/admin/campagnes/suivi.js" defer="">');
    expect(sending).toContain(`href="/admin/campagnes/${id}">Rafraîchir</a>`);
    expect(done).toContain('Envoyée');
    expect(done).toContain('2 / 2 destinataires traités (100\u00a0%)');
    expect(done).toMatch(/<progress id="progression" max="2" value="2"/);
    expect(done).toContain('<td data-stat="sent">2</td>');
    expect(done).not.toContain('suivi.js');
  });

  it('schedule in Paris time, refusing a time already past', async () => {
    const id = await createCampaign(t);
    const past = DateTime.now().setZone('Europe/Paris').minus({ hours: 1 }).toFormat("yyyy-MM-dd'T'HH:mm");
    const future = DateTime.now().setZone('Europe/Paris').plus({ days: 3 }).set({ hour: 9, minute: 30 });

    const refused = await post(`/admin/campagnes/${id}/envoyer`, [
      ['when', 'later'],
      ['at', past],
    ]);
    const scheduled = await post(`/admin/campagnes/${id}/envoyer`, [
      ['when', 'later'],
      ['at', future.toFormat("yyyy-MM-dd'T'HH:mm")],
    ]);

    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('<a href="#at">Date et heure d’envoi : Choisissez une date à venir.</a>');
    expect(page).toContain(`value="${past}"`);
    expect(scheduled.status).toBe(303);
    const campaign = await t.hub.campaigns.get(id);
    expect(campaign.status).toBe('scheduled');
    expect(new Date(campaign.scheduledAt!).getTime()).toBe(future.startOf('minute').toMillis());
    expect(await (await get(`/admin/campagnes/${id}`)).text()).toContain('à 09:30 (heure de Paris)');
  });

  it('cancel only after a confirmation page that says what cancelling does', async () => {
    const id = await createCampaign(t);

    const confirmation = await (await get(`/admin/campagnes/${id}/annuler`)).text();
    const response = await post(`/admin/campagnes/${id}/annuler`, []);

    expect(confirmation).toContain('Annuler la campagne');
    expect(confirmation).toContain('Le brouillon ne pourra plus être envoyé');
    expect((await t.hub.campaigns.get(id)).status).toBe('cancelled');
    expect(response.status).toBe(303);
    const page = await (await get(`/admin/campagnes/${id}?fait=annulee`)).text();
    expect(page).toContain('La campagne est annulée.');
    expect(page).not.toContain('Annuler la campagne…');
  });

  it('duplicate into a new draft opened in the composer; refuse to resume what is not paused', async () => {
    const id = await createCampaign(t, { subject: 'À copier' });

    const copy = await post(`/admin/campagnes/${id}/dupliquer`, []);
    const resume = await post(`/admin/campagnes/${id}/reprendre`, []);

    expect(copy.status).toBe(303);
    const copyId = decodeURIComponent(copy.headers.get('location')!.split('/')[3]!);
    expect(copyId).not.toBe(id);
    expect((await t.hub.campaigns.get(copyId)).subject).toBe('À copier');
    expect(resume.status).toBe(400);
    expect(await resume.text()).toContain('Seule une campagne en pause peut reprendre');
  });

  it('write an event card and aim at the people of an event', async () => {
    const event = await t.hub.events.create(technicalDayBody({ title: 'Journée <aimants>' }) as NewEvent);
    await t.hub.events.publish(event.id);

    const response = await post('/admin/campagnes/nouvelle', [
      ...composerFields({
        audienceKind: 'event',
        eventId: event.id,
        eventWho: 'attendees',
        'blocks.3.kind': 'event',
        'blocks.3.eventId': event.id,
      }),
    ]);

    expect(response.status).toBe(303);
    const id = decodeURIComponent(response.headers.get('location')!.split('/')[3]!);
    const saved = await t.hub.campaigns.get(id);
    expect(saved.audience).toEqual({ event: { id: event.id, who: 'attendees' } });
    expect(saved.html).toContain('Journée &lt;aimants&gt;');
    expect(saved.mjml).toContain(`/evenements/${event.slug}"`);
    expect(await (await get(`/admin/campagnes/${id}`)).text()).toContain(
      'Les présents de « Journée &lt;aimants&gt; »',
    );
  });

  it('serve the enhancement scripts as same-origin JavaScript', async () => {
    for (const path of ['/admin/campagnes/composeur.js', '/admin/campagnes/suivi.js']) {
      const response = await get(path);
      expect(response.headers.get('content-type')).toContain('text/javascript');
      expect(await response.text()).toContain('(function () {');
    }
  });

  it('resume a paused campaign from its page, which says why it paused', async () => {
    await seedSubscriber(t, uniqueEmail('abonne'), ['actualites-filiere']);
    const id = await createCampaign(t, { audience: { topics: ['actualites-filiere'] } });
    await t.hub.campaigns.send(id);
    await t.hub.campaignStore.transition(
      id,
      ['sending'],
      'paused',
      { pausedReason: 'taux de rebond de 5 %' },
      new Date(),
    );

    const paused = await (await get(`/admin/campagnes/${id}`)).text();
    const response = await post(`/admin/campagnes/${id}/reprendre`, []);
    await t.drain();

    expect(paused).toContain('Campagne mise en pause automatiquement : taux de rebond de 5 %.');
    expect(paused).toContain(`action="/admin/campagnes/${id}/reprendre"`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/admin/campagnes/${id}?fait=reprise`);
    expect((await t.hub.campaigns.get(id)).status).toBe('sent');
  });

  it('answer an unknown campaign with a French 404 page', async () => {
    const response = await get('/admin/campagnes/inconnue/apercu');

    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Campagne introuvable');
  });
});
