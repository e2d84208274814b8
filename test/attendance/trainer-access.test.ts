import { beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../functions/shared/clock.js';
import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import {
  postSignIn,
  RecordingSignInMails,
  requestMagicLink,
  signInAsStaff,
  tokenFrom,
  sessionCookieFrom,
} from '../support/auth.js';
import { registrants, twoDayTraining } from './attendance-fixtures.js';

describe('trainers: named by staff, signed in by link, scoped to their event’s attendance', () => {
  let t: TestHub;
  let clock: FixedClock;
  let mails: RecordingSignInMails;
  let staff: string;
  let trainer: string;
  let trainerEmail: string;
  let event: HubEvent;
  let other: HubEvent;
  let people: Registration[];

  const call = (
    path: string,
    init: { method?: string; body?: unknown; cookie?: string; form?: Record<string, string> } = {},
  ) =>
    t.app.request(path, {
      method: init.method ?? 'GET',
      headers: {
        origin: 'http://localhost',
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...(init.cookie ? { cookie: init.cookie } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });

  beforeAll(async () => {
    clock = new FixedClock(new Date());
    mails = new RecordingSignInMails();
    t = await createTestHub({ clock, signInMails: mails });
    event = await twoDayTraining(t);
    other = await twoDayTraining(t, { title: 'Formation : tri des DEEE' });
    people = await registrants(t, event, 3);
    clock.set(new Date(Date.parse(event.startsAt) - 10 * 60_000));
    staff = await signInAsStaff(t);
    trainerEmail = uniqueEmail('formatrice');
    const named = await call(`/api/admin/events/${event.id}/trainers`, {
      method: 'POST',
      body: { email: trainerEmail.toUpperCase() },
      cookie: staff,
    });
    expect(named.status).toBe(201);
    expect(await named.json()).toMatchObject({ eventId: event.id, email: trainerEmail });
  });

  it('signs a trainer in by magic link and lands them on the sheet of their nearest event', async () => {
    await requestMagicLink(t, trainerEmail);
    const link = mails.sent.filter((sent) => sent.to === trainerEmail).at(-1);
    expect(link).toBeDefined();
    const signedIn = await postSignIn(t, tokenFrom(link!.url));
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/admin/emargement');
    trainer = sessionCookieFrom(signedIn);
    const home = await call('/admin/emargement', { cookie: trainer });
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe(`/admin/evenements/${event.id}/emargement`);
  });

  it('sends no link to an address that is neither staff, partner nor trainer', async () => {
    const stranger = uniqueEmail('inconnu');
    await requestMagicLink(t, stranger);
    expect(mails.sent.filter((sent) => sent.to === stranger)).toEqual([]);
  });

  it('lets the trainer use their event’s attendance API and sheet', async () => {
    const slots = await call(`/api/admin/events/${event.id}/slots`, { cookie: trainer });
    expect(slots.status).toBe(200);
    const [first] = ((await slots.json()) as { items: { id: string }[] }).items;
    const code = await call(`/api/admin/events/${event.id}/slots/${first!.id}/code`, { cookie: trainer });
    expect(code.status).toBe(200);
    const signed = await call(`/api/admin/events/${event.id}/slots/${first!.id}/signatures`, {
      method: 'POST',
      body: { registrationId: people[0]!.id, signature: { typedName: 'Stagiaire0 Lefèvre' } },
      cookie: trainer,
    });
    expect(signed.status).toBe(201);

    const sheet = await call(`/admin/evenements/${event.id}/emargement`, { cookie: trainer });
    expect(sheet.status).toBe(200);
    const html = await sheet.text();
    expect(html).toContain('Stagiaire1 Lefèvre');
    expect(html).toMatch(/Signé à \d\d:\d\d/);
    expect(html).toContain(`/admin/evenements/${event.id}/emargement/${first!.id}/qr.svg?code=`);
    const codeText = /data-code-text="?[^>]*>([2-9A-Z]{4} [2-9A-Z]{4})</.exec(html)?.[1];
    expect(codeText).toBeDefined();
    const qr = await call(
      `/admin/evenements/${event.id}/emargement/${first!.id}/qr.svg?code=${codeText!.replace(' ', '')}`,
      {
        cookie: trainer,
      },
    );
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await qr.text()).toMatch(/^<svg[^>]*>/);

    // Tap a name, type it, sign; then countersign and close from the page's forms.
    const signPath = `/admin/evenements/${event.id}/emargement/${first!.id}/signer/${people[1]!.id}`;
    expect((await call(signPath, { cookie: trainer })).status).toBe(200);
    const byForm = await call(signPath, {
      method: 'POST',
      form: { typedName: 'Stagiaire1 Lefèvre', path: '' },
      cookie: trainer,
    });
    expect(byForm.status).toBe(303);
    const markup = await call(signPath.replace(people[1]!.id, people[2]!.id), {
      method: 'POST',
      form: { typedName: '<i>x</i>', path: '' },
      cookie: trainer,
    });
    expect(markup.status).toBe(400);
    const closed = await call(`/admin/evenements/${event.id}/emargement/${first!.id}/clore`, {
      method: 'POST',
      form: { typedName: 'Marie Curie', path: 'M1 1 L20 20' },
      cookie: trainer,
    });
    expect(closed.status).toBe(303);
    const [slot] = await t.hub.attendance.slots(event.id);
    expect(slot!.closing).toMatchObject({ closedBy: trainerEmail, signature: { path: 'M1 1 L20 20' } });
    expect((await t.hub.attendance.signatures(event.id)).map((s) => s.registrationId).sort()).toEqual(
      [people[0]!.id, people[1]!.id].sort(),
    );

    // The signed sheet of their own event, to hand to the organiser.
    const pdf = await call(`/api/admin/events/${event.id}/attendance.pdf`, { cookie: trainer });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
    const csv = await call(`/api/admin/events/${event.id}/attendance.csv`, { cookie: trainer });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('Stagiaire1');
  });

  it('answers 403 to the trainer anywhere else on the staff side', async () => {
    const forbidden = [
      ['GET', `/api/admin/events/${other.id}/slots`],
      ['GET', `/api/admin/events/${other.id}/slots/x/code`],
      ['GET', '/api/admin/events'],
      ['GET', `/api/admin/events/${event.id}`],
      ['GET', `/api/admin/events/${event.id}/registrations`],
      ['PUT', `/api/admin/events/${event.id}/slots`],
      ['POST', `/api/admin/events/${event.id}/trainers`],
      ['GET', '/admin'],
      ['GET', `/admin/evenements/${event.id}/inscriptions`],
      ['GET', `/admin/evenements/${other.id}/emargement`],
      ['GET', `/api/admin/events/${other.id}/attendance.pdf`],
      ['GET', `/api/admin/events/${other.id}/attendance.csv`],
      ['POST', `/api/admin/events/${event.id}/certificates`],
      ['GET', `/admin/evenements/${encodeURIComponent(`${event.id}/../${other.id}`)}/emargement`],
    ] as const;
    for (const [method, path] of forbidden) {
      const response = await call(path, {
        method,
        cookie: trainer,
        ...(method === 'GET' ? {} : { body: { items: [] } }),
      });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
  });
});
