import { beforeAll, describe, expect, it } from 'vitest';
import { parisLocalInput } from '../../functions/shared/paris-dates.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { getPage, postStaffForm } from './staff-forms.js';

const DAY = 24 * 3_600_000;

describe('the English texts in the staff event form', () => {
  let t: TestHub;
  let cookie: string;
  let form: Record<string, string>;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
    const start = new Date(Date.now() + 30 * DAY);
    form = {
      kind: 'technical-day',
      title: 'Journée technique à Grenoble',
      summary: 'Recyclage des aimants permanents.',
      description: '## Programme',
      titleEn: 'Technical day in Grenoble',
      summaryEn: 'Recycling permanent magnets.',
      descriptionEn: '',
      startsAt: parisLocalInput(start),
      endsAt: parisLocalInput(new Date(start.getTime() + 3 * 3_600_000)),
      venueName: 'Minatec',
      venueAddress: '3 parvis Louis Néel',
      venueCity: 'Grenoble',
      capacity: '40',
    };
  });

  it('shows French and English side by side with a completeness hint', async () => {
    const { html } = await getPage(t, cookie, '/admin/evenements/nouveau');

    expect(html).toContain('<div class="languages">');
    expect(html).toMatch(/<legend>Français<\/legend>[\s\S]*<legend>Anglais<\/legend>/);
    expect(html).toContain('Anglais : 0 champ sur 3');
    expect(html).toContain('name="titleEn"');
  });

  it('round-trips the English texts: create, show them again, clear them', async () => {
    const created = await postStaffForm(t, cookie, '/admin/evenements/nouveau', form);
    expect(created.status).toBe(303);
    const id = /\/admin\/evenements\/([^/]+)\/modifier/.exec(created.headers.get('location')!)![1]!;
    expect((await t.hub.events.get(id)).translations).toEqual({
      en: { title: 'Technical day in Grenoble', summary: 'Recycling permanent magnets.' },
    });

    const { html } = await getPage(t, cookie, `/admin/evenements/${id}/modifier`);
    expect(html).toContain('value="Technical day in Grenoble"');
    expect(html).toContain('Anglais : 2 champs sur 3');

    const edited = await postStaffForm(t, cookie, `/admin/evenements/${id}/modifier`, {
      ...form,
      descriptionEn: 'The **programme**.',
    });
    expect(edited.status).toBe(303);
    expect((await t.hub.events.get(id)).translations?.en?.descriptionHtml).toContain(
      '<strong>programme</strong>',
    );

    await postStaffForm(t, cookie, `/admin/evenements/${id}/modifier`, {
      ...form,
      titleEn: '',
      summaryEn: '',
    });
    expect((await t.hub.events.get(id)).translations).toBeUndefined();
  });

  it('gives the typed English text back with its message when it holds markup, and stores nothing', async () => {
    const before = (await t.hub.events.listAll()).length;

    const response = await postStaffForm(t, cookie, '/admin/evenements/nouveau', {
      ...form,
      titleEn: '<script>alert(1)</script>',
    });

    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain(`id="titleEn-erreur"`);
    expect((await t.hub.events.listAll()).length).toBe(before);
  });
});
