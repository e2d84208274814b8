import { beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import { technicalDayBody } from '../events/fixtures.js';
import { publishedEvent, register, registrationBody } from '../registrations/fixtures.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { getPage, postStaffForm } from './staff-forms.js';

const form = {
  kind: 'technical-day',
  title: 'Journée technique à Grenoble',
  summary: 'Recyclage des aimants permanents.',
  description: '## Programme\n\n- accueil',
  startsAt: '2031-03-12T09:00',
  endsAt: '2031-03-12T17:30',
  registrationClosesAt: '2031-03-10T18:00',
  venueName: 'Minatec',
  venueAddress: '3 parvis Louis Néel',
  venueCity: 'Grenoble',
  joinUrl: '',
  capacity: '40',
  waitlist: 'on',
  speakers: 'Claire Martin',
  organiser: '',
};

describe('the staff event forms', () => {
  let t: TestHub;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
  });

  it('create a draft from Paris local times and open its edit page', async () => {
    const response = await postStaffForm(t, cookie, '/admin/evenements/nouveau', form);

    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    const id = /\/admin\/evenements\/([^/]+)\/modifier\?fait=cree$/.exec(location)?.[1];
    const event = await t.hub.events.get(decodeURIComponent(id!));
    expect(event).toMatchObject({
      status: 'draft',
      startsAt: '2031-03-12T09:00:00+01:00',
      endsAt: '2031-03-12T17:30:00+01:00',
      registrationClosesAt: '2031-03-10T18:00:00+01:00',
      capacity: 40,
      waitlist: true,
      venue: { city: 'Grenoble' },
      descriptionHtml: '<h2>Programme</h2>\n<ul>\n<li>accueil</li>\n</ul>\n',
    });
    const edit = await getPage(t, cookie, location);
    expect(edit.html).toContain('Le brouillon est enregistré.');
    expect(edit.html).toContain('value="2031-03-12T09:00"');
    expect(edit.html).toContain(`action="/admin/evenements/${event.id}/publier"`);
  });

  it('refuse a wrong form with a summary linked to the fields, messages beside them and what was typed', async () => {
    const before = (await t.hub.events.listAll()).length;

    const response = await postStaffForm(t, cookie, '/admin/evenements/nouveau', {
      ...form,
      title: '',
      summary: 'Gardé <tel quel> & échappé',
      capacity: 'quarante',
    });

    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain('class="error-summary" role="alert"');
    expect(html).toContain('<a href="#title">Titre : Ce champ est obligatoire.</a>');
    expect(html).toContain(
      '<a href="#capacity">Nombre de places : La capacité doit être un nombre entier.</a>',
    );
    expect(html).toMatch(/id="title"[^>]*aria-invalid="true"[^>]*aria-describedby="title-erreur"/);
    expect(html).toContain('<p class="error" id="capacity-erreur">');
    expect(html).toContain('value="Gardé &lt;tel quel&gt; &amp; échappé"');
    expect(html).toContain('value="quarante"');
    expect(html).toContain('value="2031-03-12T09:00"');
    expect((await t.hub.events.listAll()).length).toBe(before);
  });

  it('edit an event, and show the service’s rules beside the fields when the whole event breaks them', async () => {
    const draft = await t.hub.events.create(technicalDayBody({ title: 'À modifier' }) as NewEvent);
    const path = `/admin/evenements/${draft.id}/modifier`;

    const saved = await postStaffForm(t, cookie, path, {
      ...form,
      title: 'Modifiée',
      capacity: '',
      description: 'Programme *revu*',
    });
    const refused = await postStaffForm(t, cookie, path, {
      ...form,
      kind: 'webinar',
      venueName: '',
      venueAddress: '',
      venueCity: '',
    });

    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${path}?fait=modifie`);
    const stored = await t.hub.events.get(draft.id);
    expect(stored.title).toBe('Modifiée');
    expect(stored.capacity).toBeUndefined();
    expect(stored.descriptionHtml).toBe('<p>Programme <em>revu</em></p>\n');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(
      '<a href="#joinUrl">Lien de connexion : Un webinaire a besoin d’un lien de connexion.</a>',
    );
    expect((await t.hub.events.get(draft.id)).kind).toBe('technical-day');
  });

  it('ask for confirmation before cancelling, saying who will be told, then cancel', async () => {
    const event = await publishedEvent(t, { capacity: 2, waitlist: true });
    for (let i = 0; i < 3; i++) await register(t, event, registrationBody());
    const path = `/admin/evenements/${event.id}/annuler`;

    const confirmation = await getPage(t, cookie, path);
    const cancelled = await postStaffForm(t, cookie, path);

    expect(confirmation.status).toBe(200);
    expect(confirmation.html).toContain(
      '2 personnes inscrites et 1 personne en liste d’attente recevront un e-mail',
    );
    expect(confirmation.html).toContain(`<form method="post" action="${path}"`);
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get('location')).toBe('/admin?fait=annule');
    expect((await t.hub.events.get(event.id)).status).toBe('cancelled');
    expect((await getPage(t, cookie, '/admin?fait=annule')).html).toContain('L’événement est annulé');
  });

  it('answer an unknown event with a French staff page, and refuse forms from another site', async () => {
    const draft = await t.hub.events.create(technicalDayBody() as NewEvent);

    const unknown = await getPage(t, cookie, '/admin/evenements/inconnu/modifier');
    const crossSite = await t.app.request(`/admin/evenements/${draft.id}/annuler`, {
      method: 'POST',
      headers: {
        cookie,
        origin: 'https://malveillant.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: '',
    });

    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain('Cet événement est introuvable.');
    expect(crossSite.status).toBe(403);
    expect((await t.hub.events.get(draft.id)).status).toBe('draft');
  });

  it('show the dashboard with the registrations chart and its table', async () => {
    const event = await publishedEvent(t, { title: 'Journée suivie de près' });
    await register(t, event, registrationBody());

    const { html } = await getPage(t, cookie, '/admin');

    expect(html).toContain('<h1>Tableau de bord</h1>');
    expect(html).toMatch(/<polyline[^>]*points="/);
    expect(html).toContain('<th scope="col">Journée suivie de près</th>');
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('href="/admin/campagnes"');
  });
});
