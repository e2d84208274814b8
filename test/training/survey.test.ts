import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';
import { signInAsStaff } from '../support/auth.js';
import {
  register,
  signSlot,
  staffRequest,
  trainingHub,
  twoDayTraining,
  type TrainingHub,
} from './training-fixtures.js';

const DAY = 24 * 60 * 60 * 1000;
const FORM = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };

function surveyLink(t: TrainingHub, registration: Registration, reminder = false): string {
  const mails = t.mailer
    .to(registration.email)
    .filter((mail) => mail.subject.startsWith(reminder ? 'Rappel : votre avis' : 'Votre avis'));
  expect(mails).toHaveLength(1);
  return /http:\/\/localhost:3000(\/enquete\/\S+)/.exec(mails[0]!.text)![1]!;
}

function answer(t: TrainingHub, link: string, fields: Record<string, string>) {
  return t.app.request(link, { method: 'POST', headers: FORM, body: new URLSearchParams(fields).toString() });
}

describe('the satisfaction survey of a training', () => {
  let t: TrainingHub;
  let event: HubEvent;
  let camille: Registration;
  let loic: Registration;
  let absent: Registration;

  beforeAll(async () => {
    t = await trainingHub();
    event = await twoDayTraining(t);
    camille = await register(t, event, { firstName: 'Camille', lastName: 'Durand' });
    loic = await register(t, event, { firstName: 'Loïc', lastName: 'Lœuvre' });
    absent = await register(t, event, { firstName: 'Ambre', lastName: 'Absente' });
    const [first, , third] = await t.hub.attendance.slots(event.id);
    await signSlot(t, first!, camille, { typedName: 'Camille Durand' });
    await signSlot(t, third!, loic, { typedName: 'Loïc Lœuvre' });
  });

  it('waits for the end of the event, then invites once everyone who signed a half-day', async () => {
    t.clock.set(new Date(Date.parse(event.endsAt) - 60_000));
    expect(await t.hub.surveys.runDue(t.clock.now())).toEqual({ invited: 0, reminded: 0, failed: 0 });
    t.clock.set(new Date(Date.parse(event.endsAt) + 60_000));
    const [one, two] = await Promise.all([
      t.hub.surveys.runDue(t.clock.now()),
      t.hub.surveys.runDue(t.clock.now()),
    ]);
    expect(one.invited + two.invited).toBe(2);
    expect((await t.hub.surveys.runDue(t.clock.now())).invited).toBe(0);
    surveyLink(t, camille);
    surveyLink(t, loic);
    expect(t.mailer.to(absent.email).filter((mail) => mail.subject.includes('avis'))).toHaveLength(0);
  });

  it('takes one answer per person, editable, with markup in the free text kept inert', async () => {
    const link = surveyLink(t, camille);
    const form = await t.app.request(link, { headers: { accept: 'text/html' } });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('Envoyer ma réponse');

    const hostile = '<script>alert(1)</script> =SUM(A1) très bien';
    const first = await answer(t, link, {
      overall: '4',
      content: '5',
      trainers: '3',
      recommend: 'oui',
      comment: hostile,
    });
    expect(first.status).toBe(200);
    const page = await first.text();
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const edited = await answer(t, link, {
      overall: '5',
      content: '5',
      trainers: '4',
      recommend: 'oui',
      comment: hostile,
    });
    expect(edited.status).toBe(200);

    const refused = await answer(t, link, {
      overall: '9',
      content: '5',
      trainers: '4',
      recommend: 'peut-être',
    });
    expect(refused.status).toBe(400);

    t.cookie = await signInAsStaff(t);
    const results = await (await staffRequest(t, `/api/admin/events/${event.id}/survey`)).json();
    expect(results).toMatchObject({
      invited: 2,
      answered: 1,
      averages: { overall: 5, content: 5, trainers: 4 },
      recommend: 1,
    });
  });

  it('refuses a forged or mis-purposed link', async () => {
    const link = surveyLink(t, camille);
    const forged = link.replace(/.{4}$/, 'AAAA');
    expect((await t.app.request(forged, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect(
      (await answer(t, forged, { overall: '1', content: '1', trainers: '1', recommend: 'non' })).status,
    ).toBe(404);
  });

  it('reminds once, three days later, only those who have not answered', async () => {
    t.clock.set(new Date(Date.parse(event.endsAt) + 2 * DAY));
    expect((await t.hub.surveys.runDue(t.clock.now())).reminded).toBe(0);
    t.clock.set(new Date(Date.parse(event.endsAt) + 3 * DAY + 2 * 60_000));
    const runs = await Promise.all([
      t.hub.surveys.runDue(t.clock.now()),
      t.hub.surveys.runDue(t.clock.now()),
    ]);
    expect(runs[0]!.reminded + runs[1]!.reminded).toBe(1);
    t.clock.advance(DAY);
    expect((await t.hub.surveys.runDue(t.clock.now())).reminded).toBe(0);
    surveyLink(t, loic, true);
    expect(t.mailer.to(camille.email).filter((mail) => mail.subject.startsWith('Rappel'))).toHaveLength(0);
  });

  it('exports the answers anonymously unless the event names them', async () => {
    t.cookie = await signInAsStaff(t);
    const loicLink = surveyLink(t, loic);
    await answer(t, loicLink, { overall: '2', content: '3', trainers: '2', recommend: 'non' });
    const anonymous = await (await staffRequest(t, `/api/admin/events/${event.id}/survey.csv`)).text();
    expect(anonymous).not.toContain('Durand');
    expect(anonymous).not.toContain('Camille');
    expect(anonymous).toContain('<script>alert(1)</script> =SUM(A1) très bien');
    const lines = anonymous
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Appréciation générale;Contenu;Formateurs ou intervenants;Recommanderait;Commentaire',
    );
    expect(lines).toHaveLength(3);

    await staffRequest(t, `/api/admin/events/${event.id}`, { method: 'PATCH', body: { surveyNamed: true } });
    const named = await (await staffRequest(t, `/api/admin/events/${event.id}/survey.csv`)).text();
    expect(named).toContain('Camille;Durand');
    expect(named).toContain('Loïc;Lœuvre');
  });

  it('freezes the answers once staff close the survey', async () => {
    const closed = await staffRequest(t, `/api/admin/events/${event.id}/survey/close`, { method: 'POST' });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ answered: 2, closedAt: expect.any(String) });
    const link = surveyLink(t, camille);
    const late = await answer(t, link, { overall: '1', content: '1', trainers: '1', recommend: 'non' });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('L’enquête est close');
    const results = await (await staffRequest(t, `/api/admin/events/${event.id}/survey`)).json();
    expect(results).toMatchObject({ averages: { overall: 3.5 } });
    const page = await (await t.app.request(link, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('L’enquête est close');
  });

  it('shows staff the distribution as an SVG chart with its figures, and a table', async () => {
    const response = await t.app.request(`/admin/evenements/${event.id}/enquete`, {
      headers: { cookie: t.cookie, accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('role="img"');
    expect(html).toContain('note 5 : 1');
    expect(html).toContain('<caption>');
  });
});

describe('the survey of an event without attendance', () => {
  it('invites those checked in', async () => {
    const t = await trainingHub();
    const event = await twoDayTraining(t, {
      kind: 'technical-day',
      title: 'Journée technique : tri des DEEE',
    });
    const came = await register(t, event, { firstName: 'Inès', lastName: 'Présente' });
    const stayed = await register(t, event, { firstName: 'Hugo', lastName: 'Absent' });
    t.clock.set(new Date(Date.parse(event.startsAt) + 60_000));
    await t.hub.registrations.checkIn(event.id, came.id);
    t.clock.set(new Date(Date.parse(event.endsAt) + 60_000));
    expect((await t.hub.surveys.runDue(t.clock.now())).invited).toBe(1);
    surveyLink(t, came);
    expect(t.mailer.to(stayed.email).filter((mail) => mail.subject.includes('avis'))).toHaveLength(0);
  });
});

describe('the survey’s answers from one link', () => {
  it('are limited per link like every public POST: past the budget, 429 with Retry-After, nothing stored', async () => {
    const t = await trainingHub({ HUB_RATE_LIMIT_PER_MINUTE: '2' });
    const event = await twoDayTraining(t, { kind: 'technical-day', title: 'Journée technique : tri' });
    const came = await register(t, event, { firstName: 'Inès', lastName: 'Présente' });
    t.clock.set(new Date(Date.parse(event.startsAt) + 60_000));
    await t.hub.registrations.checkIn(event.id, came.id);
    t.clock.set(new Date(Date.parse(event.endsAt) + 60_000));
    await t.hub.surveys.runDue(t.clock.now());
    const link = surveyLink(t, came);
    const fields = { overall: '4', content: '4', trainers: '4', recommend: 'oui' };

    const statuses = [];
    for (let n = 0; n < 2; n++) statuses.push((await answer(t, link, fields)).status);
    const refused = await answer(t, link, { ...fields, overall: '1' });

    expect(statuses.every((status) => status < 400)).toBe(true);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The staff session started before the event: staff sign in again to read the results.
    t.cookie = await signInAsStaff(t);
    const results = await (await staffRequest(t, `/api/admin/events/${event.id}/survey`)).json();
    expect(results).toMatchObject({ answered: 1, averages: { overall: 4 } });
  });
});
