import ICAL from 'ical.js';
import { Jimp } from 'jimp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { client, technicalDayBody } from '../events/fixtures.js';
import { frenchTime, parisLocalInput } from '../../functions/shared/paris-dates.js';

const HOUR = 60 * 60 * 1000;
const at = (start: string, hours: number) => new Date(Date.parse(start) + hours * HOUR).toISOString();

describe('a published programme: event page, session calendars, photos and personal data', () => {
  let t: TestHub;
  let cookie: string;
  let staff: ReturnType<typeof client>;
  const event = { id: '', slug: '', startsAt: '', endsAt: '' };
  const sessions: Record<string, string> = {};
  const speakers: Record<string, string> = {};
  const hiddenEmail = uniqueEmail('intervenante');

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
    staff = client(t, cookie);
    const body = technicalDayBody({ title: 'Journée aimants et programme', speakers: ['Texte Libre'] });
    const created = (await (await staff.post('/api/admin/events', body)).json()) as {
      id: string;
      slug: string;
    };
    Object.assign(event, created, { startsAt: body.startsAt, endsAt: body.endsAt });
    for (const [key, speaker] of Object.entries({
      shown: {
        name: 'Agathe Visible',
        role: 'Directrice',
        organisation: 'REEfine',
        publicationConsent: true,
      },
      hidden: {
        name: 'Bruno Caché',
        email: hiddenEmail,
        bio: 'Biographie privée',
        publicationConsent: false,
      },
    })) {
      const response = await staff.post('/api/admin/speakers', speaker);
      speakers[key] = ((await response.json()) as { id: string }).id;
    }
    for (const [key, session] of Object.entries({
      opening: {
        title: 'Ouverture',
        startsAt: at(event.startsAt, 1),
        endsAt: at(event.startsAt, 1.5),
        room: 'Amphi A',
        speakerIds: [speakers.shown],
      },
      visit: {
        title: 'Visite : 2 < 3 & co',
        startsAt: at(event.startsAt, 2),
        endsAt: at(event.startsAt, 3),
        speakerIds: [speakers.hidden],
      },
    })) {
      const response = await staff.post(`/api/admin/events/${event.id}/sessions`, session);
      expect(response.status).toBe(201);
      sessions[key] = ((await response.json()) as { id: string }).id;
    }
    expect((await staff.post(`/api/admin/events/${event.id}/publish`)).status).toBe(200);
  });

  it('shows the timetable in Paris time with the consenting speakers instead of the free-text list', async () => {
    const response = await t.app.request(`/evenements/${event.slug}`);
    expect(response.status).toBe(200);
    const html = await response.text();

    expect(html).toContain('id="programme-titre"');
    expect(html).toContain(`${frenchTime(at(event.startsAt, 1))}</time>`);
    expect(html).toContain('Agathe Visible (Directrice, REEfine)');
    expect(html).not.toContain('Texte Libre');
    expect(html).not.toContain('Bruno');
    expect(html).not.toContain(hiddenEmail);
    expect(html).toContain(`/api/events/${event.slug}/sessions/${sessions.opening}/calendar.ics`);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!) as {
      performer: { name: string }[];
      subEvent: { name: string; performer?: unknown[] }[];
    };
    expect(jsonLd.performer.map((person) => person.name)).toEqual(['Agathe Visible']);
    expect(jsonLd.subEvent.map((sub) => sub.name)).toEqual(['Ouverture', 'Visite : 2 < 3 & co']);
  });

  it('escapes the stored title of a session on the page', async () => {
    const html = await (await t.app.request(`/evenements/${event.slug}`)).text();
    expect(html).toContain('Visite : 2 &lt; 3 &amp; co');
  });

  it('keeps the free-text speakers on an event without a programme', async () => {
    const body = technicalDayBody({ title: 'Sans programme', speakers: ['Texte Libre'] });
    const created = (await (await staff.post('/api/admin/events', body)).json()) as {
      id: string;
      slug: string;
    };
    await staff.post(`/api/admin/events/${created.id}/publish`);
    const html = await (await t.app.request(`/evenements/${created.slug}`)).text();
    expect(html).toContain('Texte Libre');
    expect(html).not.toContain('id="programme-titre"');
  });

  it('serves each session as its own .ics in Paris time, read by ical.js', async () => {
    const response = await t.app.request(
      `/api/events/${event.slug}/sessions/${sessions.opening}/calendar.ics`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('uid')).toBe(`${sessions.opening}@filiere-hub`);
    expect(vevent.getFirstPropertyValue('summary')).toBe('Ouverture');
    expect(String(vevent.getFirstPropertyValue('location'))).toContain('Amphi A');
    const start = vevent.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe('Europe/Paris');
    expect(String(start.getFirstValue()).slice(0, 16)).toBe(parisLocalInput(at(event.startsAt, 1)));
    expect(String(vevent.getFirstProperty('dtend')!.getFirstValue()).slice(0, 16)).toBe(
      parisLocalInput(at(event.startsAt, 1.5)),
    );
  });

  it('answers 404 for a session .ics of a draft, of another event or unknown', async () => {
    const body = technicalDayBody({ title: 'Brouillon avec programme' });
    const draft = (await (await staff.post('/api/admin/events', body)).json()) as {
      id: string;
      slug: string;
    };
    const created = await staff.post(`/api/admin/events/${draft.id}/sessions`, {
      title: 'Pas encore',
      startsAt: at(body.startsAt, 1),
      endsAt: at(body.startsAt, 2),
    });
    const draftSession = ((await created.json()) as { id: string }).id;
    for (const path of [
      `/api/events/${draft.slug}/sessions/${draftSession}/calendar.ics`,
      `/api/events/${event.slug}/sessions/${draftSession}/calendar.ics`,
      `/api/events/${event.slug}/sessions/inconnue/calendar.ics`,
    ]) {
      const response = await t.app.request(path);
      expect(response.status, path).toBe(404);
    }
    expect((await t.app.request(`/api/events/${draft.slug}/programme`)).status).toBe(404);
  });

  it('takes a photo by presigned PUT, checks its bytes and makes a thumbnail', async () => {
    const png = await new Jimp({ width: 640, height: 480, color: 0x3366ccff }).getBuffer('image/png');
    const ticket = await staff.post(`/api/admin/speakers/${speakers.shown}/photo`, {
      contentType: 'image/png',
      size: png.length,
    });
    expect(ticket.status).toBe(201);
    const { uploadUrl } = (await ticket.json()) as { uploadUrl: string };
    expect(
      (
        await fetch(uploadUrl, {
          method: 'PUT',
          body: new Uint8Array(png),
          headers: { 'content-type': 'image/png' },
        })
      ).ok,
    ).toBe(true);

    const confirmed = await staff.post(`/api/admin/speakers/${speakers.shown}/photo/complete`);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ photo: { status: 'ready', contentType: 'image/png' } });
    const thumbnail = await staff.get(`/api/admin/speakers/${speakers.shown}/photo?vignette=1`);
    expect(thumbnail.status).toBe(302);
    const image = await Jimp.fromBuffer(
      Buffer.from(await (await fetch(thumbnail.headers.get('location')!)).arrayBuffer()),
    );
    expect(Math.max(image.width, image.height)).toBe(320);
  });

  it('refuses a photo whose bytes are not the announced image, and keeps nothing of it', async () => {
    const fake = Buffer.from('<svg onload="alert(1)"></svg>'.padEnd(200, ' '));
    const refusedType = await staff.post(`/api/admin/speakers/${speakers.hidden}/photo`, {
      contentType: 'image/svg+xml',
      size: fake.length,
    });
    expect(refusedType.status).toBe(400);
    const ticket = await staff.post(`/api/admin/speakers/${speakers.hidden}/photo`, {
      contentType: 'image/png',
      size: fake.length,
    });
    const { uploadUrl } = (await ticket.json()) as { uploadUrl: string };
    await fetch(uploadUrl, { method: 'PUT', body: fake, headers: { 'content-type': 'image/png' } });

    const confirmed = await staff.post(`/api/admin/speakers/${speakers.hidden}/photo/complete`);
    expect(confirmed.status).toBe(400);
    const speaker = (await (await staff.get(`/api/admin/speakers/${speakers.hidden}`)).json()) as {
      photo?: unknown;
    };
    expect(speaker.photo).toBeUndefined();
    expect((await staff.get(`/api/admin/speakers/${speakers.hidden}/photo`)).status).toBe(404);
  });

  it('exports and erases a speaker’s record with the person’s data', async () => {
    const exported = await staff.get(`/api/admin/people/${encodeURIComponent(hiddenEmail)}/export`);
    expect(exported.status).toBe(200);
    const data = (await exported.json()) as { speakers?: { speakerId: string; bio: string }[] };
    expect(data.speakers).toEqual([
      expect.objectContaining({ speakerId: speakers.hidden, bio: 'Biographie privée' }),
    ]);

    const erased = await t.app.request(`/api/admin/people/${encodeURIComponent(hiddenEmail)}`, {
      method: 'DELETE',
      headers: { cookie, origin: 'http://localhost:3000' },
    });
    expect(erased.status).toBe(200);
    expect(await erased.json()).toMatchObject({ erased: { speakers: 1 } });
    expect((await staff.get(`/api/admin/speakers/${speakers.hidden}`)).status).toBe(404);
    const again = (await (
      await staff.get(`/api/admin/people/${encodeURIComponent(hiddenEmail)}/export`)
    ).json()) as { speakers?: unknown };
    expect(again.speakers).toBeUndefined();
  });
});
