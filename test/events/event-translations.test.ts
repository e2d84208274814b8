import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { client, technicalDayBody } from './fixtures.js';

const ENGLISH = {
  title: 'Technical day: recycling NdFeB magnets',
  summary: 'Dismantling, sorting and recycling permanent magnets.',
  description: 'A **visit** of the pilot line.\n\n[Programme](https://exemple.fr/programme)',
};

interface AdminEvent {
  id: string;
  title: string;
  translations?: { en?: Record<string, string> };
}

describe('the English version of an event in the staff API', () => {
  let t: TestHub;
  let staff: ReturnType<typeof client>;
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = client(t, await signInAsStaff(t));
  });

  async function created(body: Record<string, unknown>): Promise<string> {
    const response = await staff.post('/api/admin/events', body);
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }
  const read = async (id: string) =>
    (await (await staff.get(`/api/admin/events/${id}`)).json()) as AdminEvent;

  it('stores and returns it, the French fields unchanged, the description rendered on save', async () => {
    const id = await created(technicalDayBody({ translations: { en: ENGLISH } }));

    const event = await read(id);

    expect(event.title).toBe(technicalDayBody().title);
    expect(event.translations?.en).toEqual({
      ...ENGLISH,
      descriptionHtml:
        '<p>A <strong>visit</strong> of the pilot line.</p>\n<p><a href="https://exemple.fr/programme" rel="noopener nofollow">Programme</a></p>\n',
    });
  });

  it('takes part of it, and a patch replaces or removes it', async () => {
    const id = await created(technicalDayBody({ translations: { en: { title: ENGLISH.title } } }));
    expect((await read(id)).translations?.en).toEqual({ title: ENGLISH.title });

    const patched = await staff.patch(`/api/admin/events/${id}`, {
      translations: { en: { summary: ENGLISH.summary } },
    });
    expect(patched.status).toBe(200);
    expect((await read(id)).translations?.en).toEqual({ summary: ENGLISH.summary });

    await staff.patch(`/api/admin/events/${id}`, { title: 'Nouveau titre' });
    expect((await read(id)).translations?.en).toEqual({ summary: ENGLISH.summary });

    await staff.patch(`/api/admin/events/${id}`, { translations: null });
    expect((await read(id)).translations).toBeUndefined();
  });

  it('refuses markup, unknown languages and fields, and never lets staff write the rendered HTML', async () => {
    for (const translations of [
      { en: { title: '<script>alert(1)</script>' } },
      { en: { description: '<img src=x onerror=alert(1)>' } },
      { en: { summary: 'Line\r\nbreak' } },
      { de: { title: 'Technischer Tag' } },
      { en: { descriptionHtml: '<script>alert(1)</script>' } },
      { en: { title: 'x'.repeat(151) } },
    ]) {
      const response = await staff.post('/api/admin/events', technicalDayBody({ translations }));
      expect(response.status, JSON.stringify(translations)).toBe(400);
    }
  });

  it('renders a dangerous Markdown link of the English description inert', async () => {
    const id = await created(
      technicalDayBody({
        translations: { en: { description: '[click](javascript:alert(1)) and [x](data:text/html,1)' } },
      }),
    );

    const html = (await read(id)).translations?.en?.descriptionHtml ?? '';

    expect(html).not.toMatch(/href="(javascript|data):/);
    expect(html).toContain('click');
  });

  it('documents the field in the OpenAPI document', async () => {
    const document = (await (await t.app.request('/openapi.json')).json()) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };

    expect(document.components.schemas.EventTranslations).toBeDefined();
    expect(JSON.stringify(document.components.schemas.CreateEventBody)).toContain('EventTranslations');
  });
});
