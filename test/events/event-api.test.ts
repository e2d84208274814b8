import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { SECRET_JOIN_URL, client, inDays, technicalDayBody, webinarBody } from './fixtures.js';

interface Created {
  id: string;
  slug: string;
  status: string;
}

describe('events API', () => {
  let t: TestHub;
  let staff: ReturnType<typeof client>;
  let anonymous: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = client(t, await signInAsStaff(t));
    anonymous = client(t);
  });

  async function createEvent(body: Record<string, unknown>): Promise<Created> {
    const response = await staff.post('/api/admin/events', body);
    expect(response.status).toBe(201);
    return (await response.json()) as Created;
  }

  it('creates a draft with a slug derived from the title', async () => {
    const response = await staff.post(
      '/api/admin/events',
      technicalDayBody({ title: 'Journée Économie circulaire' }),
    );

    expect(response.status).toBe(201);
    const created = (await response.json()) as Created;
    expect(created).toEqual({ id: expect.any(String), slug: 'journee-economie-circulaire', status: 'draft' });
  });

  it('refuses the staff API without a session, with a problem document', async () => {
    const response = await anonymous.post('/api/admin/events', technicalDayBody());

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('shows staff everything, including the join URL and the counters', async () => {
    const { id } = await createEvent(webinarBody());

    const response = await staff.get(`/api/admin/events/${id}`);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id,
      status: 'draft',
      joinUrl: SECRET_JOIN_URL,
      confirmedCount: 0,
      waitlistedCount: 0,
      sequence: 0,
      timeZone: 'Europe/Paris',
    });
  });

  it('hides drafts from the public, then shows them once published', async () => {
    const { id, slug } = await createEvent(technicalDayBody({ title: 'Atelier démontage' }));
    expect((await anonymous.get(`/api/events/${slug}`)).status).toBe(404);

    const published = await staff.post(`/api/admin/events/${id}/publish`);

    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ status: 'published' });
    const view = (await (await anonymous.get(`/api/events/${slug}`)).json()) as Record<string, unknown>;
    expect(view).toMatchObject({
      slug,
      status: 'published',
      capacity: 40,
      seatsLeft: 40,
      waitlistOpen: false,
      registrationOpen: true,
      url: `http://localhost:3000/evenements/${slug}`,
    });
    expect(view['descriptionHtml']).toContain('<h2>Programme</h2>');
  });

  it('lists published upcoming events soonest first, without drafts nor cancelled ones', async () => {
    const later = await createEvent(
      technicalDayBody({ title: 'Plus tard', startsAt: inDays(40), endsAt: inDays(41) }),
    );
    const sooner = await createEvent(
      technicalDayBody({ title: 'Bientôt', startsAt: inDays(2), endsAt: inDays(3) }),
    );
    const draft = await createEvent(
      technicalDayBody({ title: 'Brouillon', startsAt: inDays(1), endsAt: inDays(2) }),
    );
    const cancelled = await createEvent(
      technicalDayBody({ title: 'Annulé', startsAt: inDays(1), endsAt: inDays(2) }),
    );
    for (const { id } of [later, sooner, cancelled]) await staff.post(`/api/admin/events/${id}/publish`);
    await staff.post(`/api/admin/events/${cancelled.id}/cancel`);

    const { items } = (await (await anonymous.get('/api/events')).json()) as { items: { slug: string }[] };

    const slugs = items.map((item) => item.slug);
    expect(slugs.indexOf(sooner.slug)).toBeGreaterThanOrEqual(0);
    expect(slugs.indexOf(sooner.slug)).toBeLessThan(slugs.indexOf(later.slug));
    expect(slugs).not.toContain(draft.slug);
    expect(slugs).not.toContain(cancelled.slug);
    const starts = (items as unknown as { startsAt: string }[]).map((item) => Date.parse(item.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('still shows a cancelled event by its slug, as cancelled', async () => {
    const { id, slug } = await createEvent(technicalDayBody({ title: 'Réunion annulée' }));
    await staff.post(`/api/admin/events/${id}/publish`);

    const cancelled = await staff.post(`/api/admin/events/${id}/cancel`);

    expect(cancelled.status).toBe(200);
    const view = await (await anonymous.get(`/api/events/${slug}`)).json();
    expect(view).toMatchObject({ status: 'cancelled', registrationOpen: false });
  });

  it('refuses to publish a cancelled event, with a French conflict', async () => {
    const { id } = await createEvent(technicalDayBody());
    await staff.post(`/api/admin/events/${id}/cancel`);

    const response = await staff.post(`/api/admin/events/${id}/publish`);

    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ detail: 'Un événement annulé ne peut pas être publié.' });
  });

  it('lists every event for staff, drafts included, soonest first', async () => {
    const { id } = await createEvent(
      technicalDayBody({ startsAt: inDays(1), endsAt: inDays(1, new Date(), 12) }),
    );

    const { items } = (await (await staff.get('/api/admin/events')).json()) as {
      items: { id: string; startsAt: string }[];
    };

    expect(items.map((item) => item.id)).toContain(id);
    const starts = items.map((item) => Date.parse(item.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('patches fields, keeps the slug, and removes a field given null', async () => {
    const { id, slug } = await createEvent(technicalDayBody({ title: 'Titre initial', capacity: 30 }));

    const response = await staff.patch(`/api/admin/events/${id}`, { title: 'Nouveau titre', capacity: null });

    expect(response.status).toBe(200);
    const view = (await response.json()) as Record<string, unknown>;
    expect(view).toMatchObject({
      title: 'Nouveau titre',
      slug,
      capacity: null,
      seatsLeft: null,
      sequence: 0,
    });
  });

  it('bumps the sequence when the date or the place changes', async () => {
    const { id } = await createEvent(technicalDayBody());

    const moved = await staff.patch(`/api/admin/events/${id}`, {
      venue: { name: 'Hôtel de Région', address: '1 esplanade François Mitterrand', city: 'Lyon' },
    });

    expect(await moved.json()).toMatchObject({ sequence: 1, venue: { name: 'Hôtel de Région' } });
  });

  it('checks the kind rules against the merged event', async () => {
    const { id } = await createEvent(webinarBody());

    const response = await staff.patch(`/api/admin/events/${id}`, {
      venue: { name: 'Salle', address: '1 rue', city: 'Lyon' },
    });

    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(problem.errors['venue']?.[0]).toMatch(/en ligne/);
  });

  it('answers unknown ids and slugs with 404 problems', async () => {
    for (const response of [
      await staff.get('/api/admin/events/inconnu'),
      await staff.patch('/api/admin/events/inconnu', { title: 'x' }),
      await staff.post('/api/admin/events/inconnu/publish'),
      await staff.post('/api/admin/events/inconnu/cancel'),
      await anonymous.get('/api/events/inconnu'),
    ]) {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('never shows a webinar join URL in the public API', async () => {
    const { id, slug } = await createEvent(webinarBody({ title: 'Webinaire secret' }));
    await staff.post(`/api/admin/events/${id}/publish`);

    const list = await (await anonymous.get('/api/events')).text();
    const single = await (await anonymous.get(`/api/events/${slug}`)).text();

    expect(list).toContain(slug);
    expect(list).not.toContain('salle-secrete');
    expect(single).not.toContain('salle-secrete');
    expect(JSON.parse(single)).toMatchObject({ online: true });
  });

  it('documents the event routes in the OpenAPI document', async () => {
    const document = (await (await anonymous.get('/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };

    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/admin/events',
        '/api/admin/events/{id}',
        '/api/admin/events/{id}/publish',
        '/api/admin/events/{id}/cancel',
        '/api/events',
        '/api/events/{slug}',
      ]),
    );
  });
});
