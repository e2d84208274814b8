import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { client, inDays, technicalDayBody } from '../events/fixtures.js';
import type { PublicSession } from '../../functions/programme/session.js';

const HOUR = 60 * 60 * 1000;

/** An instant `hours` after the event's start (the fixture's day starts at 08:00 UTC). */
function at(eventStart: string, hours: number): string {
  return new Date(Date.parse(eventStart) + hours * HOUR).toISOString();
}

describe('programme and speakers API', () => {
  let t: TestHub;
  let staff: ReturnType<typeof client>;
  let anonymous: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = client(t, await signInAsStaff(t));
    anonymous = client(t);
  });

  async function newEvent(overrides: Record<string, unknown> = {}) {
    const body = technicalDayBody({ title: 'Journée programme', ...overrides });
    const response = await staff.post('/api/admin/events', body);
    expect(response.status).toBe(201);
    const { id, slug } = (await response.json()) as { id: string; slug: string };
    return { id, slug, startsAt: body.startsAt, endsAt: body.endsAt };
  }

  async function newSpeaker(body: Record<string, unknown>): Promise<string> {
    const response = await staff.post('/api/admin/speakers', body);
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  async function addSession(eventId: string, body: Record<string, unknown>) {
    return staff.post(`/api/admin/events/${eventId}/sessions`, body);
  }

  it('publishes a five-session day with its consenting speakers only, ordered by start', async () => {
    const event = await newEvent();
    const claire = await newSpeaker({
      name: 'Claire Martin',
      role: 'Ingénieure procédés',
      organisation: 'MagREESource',
      bio: 'Dix ans de recyclage des aimants.',
      email: 'claire.martin@exemple.fr',
      publicationConsent: true,
    });
    const julien = await newSpeaker({
      name: 'Julien Roux',
      organisation: 'REEfine',
      publicationConsent: true,
    });
    const hidden = await newSpeaker({
      name: 'Sophie Discrète',
      email: 'sophie.discrete@exemple.fr',
      publicationConsent: false,
    });
    const bodies = [
      {
        title: 'Table ronde',
        startsAt: at(event.startsAt, 5),
        endsAt: at(event.startsAt, 6),
        room: 'Amphi',
        speakerIds: [claire, julien, hidden],
      },
      { title: 'Accueil', startsAt: at(event.startsAt, 0), endsAt: at(event.startsAt, 1), room: 'Hall' },
      {
        title: 'Le tri des aimants',
        startsAt: at(event.startsAt, 1),
        endsAt: at(event.startsAt, 2),
        room: 'Amphi',
        description: '**Démontage** des moteurs [détails](https://exemple.fr)',
        speakerIds: [claire],
      },
      {
        title: 'Visite de la ligne',
        startsAt: at(event.startsAt, 2),
        endsAt: at(event.startsAt, 4),
        room: 'Atelier',
        speakerIds: [hidden],
      },
      {
        title: 'Séparation',
        startsAt: at(event.startsAt, 2),
        endsAt: at(event.startsAt, 3),
        room: 'Amphi',
        speakerIds: [julien],
      },
    ];
    for (const body of bodies) expect((await addSession(event.id, body)).status).toBe(201);

    expect((await anonymous.get(`/api/events/${event.slug}/programme`)).status).toBe(404);
    expect((await staff.post(`/api/admin/events/${event.id}/publish`)).status).toBe(200);

    const response = await anonymous.get(`/api/events/${event.slug}/programme`);
    expect(response.status).toBe(200);
    const { sessions } = (await response.json()) as { sessions: PublicSession[] };
    expect(sessions.map((session) => session.title)).toEqual([
      'Accueil',
      'Le tri des aimants',
      'Séparation',
      'Visite de la ligne',
      'Table ronde',
    ]);
    const sorting = sessions.find((session) => session.title === 'Le tri des aimants')!;
    expect(sorting).toMatchObject({
      room: 'Amphi',
      speakers: [
        { id: claire, name: 'Claire Martin', role: 'Ingénieure procédés', organisation: 'MagREESource' },
      ],
    });
    expect(sorting.descriptionHtml).toContain('<strong>Démontage</strong>');
    expect(sessions.find((session) => session.title === 'Visite de la ligne')!.speakers).toEqual([]);
    expect(sessions.find((session) => session.title === 'Table ronde')!.speakers.map((s) => s.id)).toEqual([
      claire,
      julien,
    ]);
    const text = JSON.stringify(sessions);
    expect(text).not.toContain('Sophie');
    expect(text).not.toContain('@exemple.fr');
    expect(text).not.toContain('Dix ans');
  });

  it('refuses a session outside the event’s dates, or ending before it starts, and stores nothing', async () => {
    const event = await newEvent();
    const before = await addSession(event.id, {
      title: 'Trop tôt',
      startsAt: at(event.startsAt, -1),
      endsAt: at(event.startsAt, 1),
    });
    const after = await addSession(event.id, {
      title: 'Trop tard',
      startsAt: at(event.endsAt, -1),
      endsAt: at(event.endsAt, 1),
    });
    const reversed = await addSession(event.id, {
      title: 'À l’envers',
      startsAt: at(event.startsAt, 2),
      endsAt: at(event.startsAt, 1),
    });

    for (const response of [before, after, reversed]) {
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const list = (await (await staff.get(`/api/admin/events/${event.id}/sessions`)).json()) as {
      items: unknown[];
    };
    expect(list.items).toEqual([]);
  });

  it('refuses a session overlapping another in the same room (409), not in another room', async () => {
    const event = await newEvent();
    expect(
      (
        await addSession(event.id, {
          title: 'A',
          startsAt: at(event.startsAt, 1),
          endsAt: at(event.startsAt, 2),
          room: 'Salle 1',
        })
      ).status,
    ).toBe(201);

    const clash = await addSession(event.id, {
      title: 'B',
      startsAt: at(event.startsAt, 1.5),
      endsAt: at(event.startsAt, 2.5),
      room: ' salle  1 ',
    });
    expect(clash.status).toBe(409);
    const elsewhere = await addSession(event.id, {
      title: 'C',
      startsAt: at(event.startsAt, 1.5),
      endsAt: at(event.startsAt, 2.5),
      room: 'Salle 2',
    });
    expect(elsewhere.status).toBe(201);
    const next = await addSession(event.id, {
      title: 'D',
      startsAt: at(event.startsAt, 2),
      endsAt: at(event.startsAt, 3),
      room: 'Salle 1',
    });
    expect(next.status).toBe(201);
  });

  it('lets exactly one of two overlapping sessions created at once in', async () => {
    const event = await newEvent();
    for (let round = 0; round < 3; round++) {
      const body = (title: string) => ({
        title,
        startsAt: at(event.startsAt, round + 0.25),
        endsAt: at(event.startsAt, round + 0.75),
        room: 'Course',
      });
      const statuses = (
        await Promise.all([addSession(event.id, body('Un')), addSession(event.id, body('Deux'))])
      ).map((r) => r.status);
      expect(statuses.sort()).toEqual([201, 409]);
    }
    const list = (await (await staff.get(`/api/admin/events/${event.id}/sessions`)).json()) as {
      items: unknown[];
    };
    expect(list.items).toHaveLength(3);
  });

  it('edits and deletes a session, keeping the rules on edits', async () => {
    const event = await newEvent();
    const first = (await (
      await addSession(event.id, {
        title: 'Premier',
        startsAt: at(event.startsAt, 1),
        endsAt: at(event.startsAt, 2),
        room: 'Salle',
      })
    ).json()) as { id: string };
    const second = (await (
      await addSession(event.id, {
        title: 'Second',
        startsAt: at(event.startsAt, 3),
        endsAt: at(event.startsAt, 4),
        room: 'Salle',
      })
    ).json()) as { id: string };

    const moved = await staff.patch(`/api/admin/events/${event.id}/sessions/${second.id}`, {
      startsAt: at(event.startsAt, 1.5),
    });
    expect(moved.status).toBe(409);
    const outside = await staff.patch(`/api/admin/events/${event.id}/sessions/${second.id}`, {
      endsAt: at(event.endsAt, 2),
    });
    expect(outside.status).toBe(400);
    const renamed = await staff.patch(`/api/admin/events/${event.id}/sessions/${second.id}`, {
      title: 'Second, renommé',
      room: null,
    });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ id: second.id, title: 'Second, renommé' });

    const removed = await t.app.request(`/api/admin/events/${event.id}/sessions/${first.id}`, {
      method: 'DELETE',
      headers: { cookie: await signInAsStaff(t) },
    });
    expect(removed.status).toBe(204);
    const list = (await (await staff.get(`/api/admin/events/${event.id}/sessions`)).json()) as {
      items: { id: string; room?: string }[];
    };
    expect(list.items.map((item) => item.id)).toEqual([second.id]);
    expect(list.items[0]!.room).toBeUndefined();
    expect(
      (await staff.patch(`/api/admin/events/${event.id}/sessions/${first.id}`, { title: 'x' })).status,
    ).toBe(404);
  });

  it('refuses markup in titles and bios, unknown speakers and a missing consent, storing nothing', async () => {
    const event = await newEvent();
    const script = await addSession(event.id, {
      title: '<script>alert(1)</script>',
      startsAt: at(event.startsAt, 1),
      endsAt: at(event.startsAt, 2),
    });
    expect(script.status).toBe(400);
    const unknownSpeaker = await addSession(event.id, {
      title: 'Inconnu',
      startsAt: at(event.startsAt, 1),
      endsAt: at(event.startsAt, 2),
      speakerIds: ['nobody'],
    });
    expect(unknownSpeaker.status).toBe(400);
    const list = (await (await staff.get(`/api/admin/events/${event.id}/sessions`)).json()) as {
      items: unknown[];
    };
    expect(list.items).toEqual([]);

    const speakersBefore = ((await (await staff.get('/api/admin/speakers')).json()) as { items: unknown[] })
      .items.length;
    for (const body of [
      { name: 'Eve', bio: '<img src=x onerror=alert(1)>', publicationConsent: true },
      { name: '<b>Eve</b>', publicationConsent: true },
      { name: 'Eve' },
      { name: 'Eve', publicationConsent: 'yes' },
      { name: 'Eve', email: 'pas-une-adresse', publicationConsent: true },
    ]) {
      const response = await staff.post('/api/admin/speakers', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const speakersAfter = ((await (await staff.get('/api/admin/speakers')).json()) as { items: unknown[] })
      .items.length;
    expect(speakersAfter).toBe(speakersBefore);
  });

  it('refuses markup in a session description and renders its markdown links inert', async () => {
    const event = await newEvent();
    const times = { startsAt: at(event.startsAt, 1), endsAt: at(event.startsAt, 2) };
    const markup = await addSession(event.id, {
      title: 'Balisage',
      ...times,
      description: 'Voir <b>ici</b>',
    });
    expect(markup.status).toBe(400);
    const response = await addSession(event.id, {
      title: 'Description',
      ...times,
      description: '[clic](javascript:alert(1)) et **gras**',
    });
    expect(response.status).toBe(201);
    expect((await staff.post(`/api/admin/events/${event.id}/publish`)).status).toBe(200);
    const { sessions } = (await (await anonymous.get(`/api/events/${event.slug}/programme`)).json()) as {
      sessions: PublicSession[];
    };
    expect(sessions.map((session) => session.title)).toEqual(['Description']);
    expect(sessions[0]!.descriptionHtml).not.toMatch(/href="javascript/i);
    expect(sessions[0]!.descriptionHtml).toContain('<strong>gras</strong>');
  });

  it('manages speakers: list, get, patch, delete; staff only', async () => {
    const id = await newSpeaker({
      name: 'Nadia Benali',
      email: 'nadia@exemple.fr',
      publicationConsent: false,
    });
    expect((await anonymous.get('/api/admin/speakers')).status).toBe(401);
    expect(
      (await anonymous.post('/api/admin/speakers', { name: 'X', publicationConsent: true })).status,
    ).toBe(401);

    const got = await staff.get(`/api/admin/speakers/${id}`);
    expect(got.status).toBe(200);
    expect(await got.json()).toMatchObject({
      id,
      name: 'Nadia Benali',
      email: 'nadia@exemple.fr',
      publicationConsent: false,
    });

    const patched = await staff.patch(`/api/admin/speakers/${id}`, {
      publicationConsent: true,
      role: 'Chercheuse',
      email: null,
    });
    expect(patched.status).toBe(200);
    const after = (await patched.json()) as Record<string, unknown>;
    expect(after).toMatchObject({ publicationConsent: true, role: 'Chercheuse' });
    expect(after.email).toBeUndefined();

    const list = (await (await staff.get('/api/admin/speakers')).json()) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).toContain(id);

    const removed = await t.app.request(`/api/admin/speakers/${id}`, {
      method: 'DELETE',
      headers: { cookie: await signInAsStaff(t) },
    });
    expect(removed.status).toBe(204);
    expect((await staff.get(`/api/admin/speakers/${id}`)).status).toBe(404);
  });

  it('answers 404 for a session of another event and for an unknown event', async () => {
    const one = await newEvent();
    const other = await newEvent();
    const created = (await (
      await addSession(one.id, { title: 'À moi', startsAt: at(one.startsAt, 1), endsAt: at(one.startsAt, 2) })
    ).json()) as { id: string };
    expect(
      (await staff.patch(`/api/admin/events/${other.id}/sessions/${created.id}`, { title: 'Volé' })).status,
    ).toBe(404);
    expect(
      (await addSession('inconnu', { title: 'X', startsAt: inDays(20), endsAt: inDays(20, new Date(), 9) }))
        .status,
    ).toBe(404);
    expect((await anonymous.get('/api/events/inconnu/programme')).status).toBe(404);
  });
});
