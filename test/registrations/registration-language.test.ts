import { beforeAll, describe, expect, it } from 'vitest';
import type { Registration } from '../../functions/registrations/registration.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingNotifier, postForm, publishedEvent, register, registrationBody } from './fixtures.js';

describe('the language a registration records', () => {
  let t: TestHub;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestHub(
      { notifier: new RecordingNotifier(), signInMails: new RecordingSignInMails() },
      { HUB_RATE_LIMITS: 'off' },
    );
    cookie = await signInAsStaff(t);
  });

  const created = async (response: Response) => {
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };

  it('keeps the API field, French when absent', async () => {
    const event = await publishedEvent(t);

    const english = await created(await register(t, event, registrationBody({ language: 'en' })));
    const french = await created(await register(t, event, registrationBody()));

    expect((await t.hub.registrationStore.get(event.id, english))?.language).toBe('en');
    expect((await t.hub.registrationStore.get(event.id, french))?.language).toBe('fr');
  });

  it('refuses a language the hub does not speak, with a French field message', async () => {
    const event = await publishedEvent(t);

    for (const language of ['de', 'EN', '', 42, { en: true }, '<script>']) {
      const response = await register(t, event, registrationBody({ language }));

      expect(response.status, String(language)).toBe(400);
      const problem = (await response.json()) as { errors?: Record<string, string[]> };
      expect(problem.errors?.language?.[0]).toBe('La langue doit valoir fr ou en.');
    }
  });

  it('takes the language from a page form too', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('formulaire-en');

    const response = await postForm(t, `/api/events/${event.slug}/registrations`, {
      firstName: 'Alex',
      lastName: 'Smith',
      email,
      consent: 'on',
      language: 'en',
    });

    expect(response.status).toBe(201);
    const [registration] = await t.hub.registrationStore.listByEvent(event.id);
    expect(registration).toMatchObject({ email, language: 'en' });
  });

  it('shows it to staff: the JSON list, the CSV column and the page', async () => {
    const event = await publishedEvent(t);
    await created(await register(t, event, registrationBody({ language: 'en', lastName: 'Anglophone' })));
    await created(await register(t, event, registrationBody({ lastName: 'Francophone' })));
    const get = (path: string) => t.app.request(path, { headers: { cookie } });

    const { items } = (await (await get(`/api/admin/events/${event.id}/registrations`)).json()) as {
      items: Registration[];
    };
    const csv = await (await get(`/api/admin/events/${event.id}/registrations.csv`)).text();
    const page = await (await get(`/admin/evenements/${event.id}/inscriptions`)).text();

    expect(items.map((r) => [r.lastName, r.language])).toEqual([
      ['Anglophone', 'en'],
      ['Francophone', 'fr'],
    ]);
    const [header, english, french] = csv.replace(/^\ufeff/, '').split('\r\n');
    const column = header!.split(';').indexOf('Langue');
    expect(column).toBeGreaterThan(0);
    expect(english!.split(';')[column]).toBe('Anglais');
    expect(french!.split(';')[column]).toBe('Français');
    expect(page).toContain('<th scope="col">Langue</th>');
    expect(page).toContain('<td data-label="Langue">Anglais</td>');
  });

  it('is in the person’s RGPD export', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('export-en');
    await created(await register(t, event, registrationBody({ email, language: 'en' })));

    const response = await t.app.request(`/api/admin/people/${encodeURIComponent(email)}/export`, {
      headers: { cookie },
    });

    const data = (await response.json()) as { registrations: { language: string }[] };
    expect(data.registrations).toEqual([expect.objectContaining({ language: 'en' })]);
  });
});
