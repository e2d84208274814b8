import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';
import type { Slot } from '../../functions/attendance/slot.js';
import { signInAsStaff } from '../support/auth.js';
import {
  DRAWN,
  pdfText,
  register,
  signSlot,
  staffRequest,
  trainingHub,
  twoDayTraining,
  type TrainingHub,
} from './training-fixtures.js';

const HTML = { accept: 'text/html' };

describe('a two-day training, from signatures to certificates', () => {
  let t: TrainingHub;
  let event: HubEvent;
  let slots: Slot[];
  let camille: Registration;
  let loic: Registration;
  let noemie: Registration;
  const numbers = new Map<string, string>();

  beforeAll(async () => {
    t = await trainingHub();
    event = await twoDayTraining(t);
    camille = await register(t, event, {
      firstName: 'Camille',
      lastName: 'Durand',
      organisation: 'MagREEsource',
    });
    loic = await register(t, event, { firstName: 'Loïc', lastName: 'Lœuvre', organisation: 'Cœur Métaux' });
    noemie = await register(t, event, { firstName: 'Noémie', lastName: 'Bérard' });
    slots = await t.hub.attendance.slots(event.id);
    for (const slot of slots) {
      await signSlot(t, slot, camille, DRAWN);
      // Loïc misses the last afternoon: 12 hours of 16.
      if (slot !== slots[3]) await signSlot(t, slot, loic, { typedName: 'Loïc Lœuvre' });
      await signSlot(t, slot, noemie, { typedName: 'Noémie Bérard' });
      t.clock.set(new Date(Date.parse(slot.endsAt) + 5 * 60_000));
      await t.hub.attendance.close(event.id, slot.id, { typedName: 'Claire Martin' }, 'claire@exemple.fr');
    }
    t.clock.set(new Date(Date.parse(event.endsAt) + 60 * 60_000));
    // A session lasts hours: staff sign in again after the training.
    t.cookie = await signInAsStaff(t);
  });

  it('derives four half-days of four hours', () => {
    expect(slots).toHaveLength(4);
    for (const slot of slots) expect(Date.parse(slot.endsAt) - Date.parse(slot.startsAt)).toBe(4 * 3_600_000);
  });

  it('issues a certificate to those who signed every half-day, and skips the one below the threshold', async () => {
    const response = await staffRequest(t, `/api/admin/events/${event.id}/certificates`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ issued: 2, skipped: 1 });

    expect(t.mailer.to(loic.email).filter((mail) => mail.subject.includes('attestation'))).toHaveLength(0);
    for (const person of [camille, noemie]) {
      const [mail, ...others] = t.mailer.to(person.email).filter((m) => m.subject.includes('attestation'));
      expect(others).toHaveLength(0);
      expect(mail!.text).toContain(`Bonjour ${person.firstName}`);
      expect(mail!.text).toContain('16 h suivies sur 16 h prévues');
      const attachment = mail!.attachments!.find((a) => a.contentType === 'application/pdf')!;
      const text = await pdfText(attachment.content as Uint8Array);
      expect(text).toContain('Attestation de présence');
      expect(text).toContain(`${person.firstName} ${person.lastName}`);
      expect(text).toContain(event.title);
      expect(text).toContain('REEfine');
      expect(text).toContain('Plateforme EN2R, 12 rue des Métaux, Grenoble');
      expect(text).toContain('Heures suivies : 16 h sur 16 h prévues');
      expect(text).toContain('Coordination de la filière');
      const number = /N° ([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})/.exec(text)![1]!;
      expect(text).toContain(`http://localhost:3000/certificats/${number}`);
      numbers.set(person.id, number);
    }
    expect(t.mailer.to(camille.email).at(-1)!.attachments![0]!.filename).toMatch(/^attestation-.*\.pdf$/);
  });

  it('re-issues nobody when issued again', async () => {
    const before = t.mailer.sent.length;
    const response = await staffRequest(t, `/api/admin/events/${event.id}/certificates`, { method: 'POST' });
    expect(await response.json()).toEqual({ issued: 0, skipped: 3 });
    expect(t.mailer.sent.length).toBe(before);
  });

  it('issues concurrently requested certificates once', async () => {
    await staffRequest(t, `/api/admin/events/${event.id}`, {
      method: 'PATCH',
      body: { certificateThreshold: 0.75 },
    });
    const outcomes = await Promise.all(
      [1, 2, 3].map(async () =>
        (await staffRequest(t, `/api/admin/events/${event.id}/certificates`, { method: 'POST' })).json(),
      ),
    );
    expect(outcomes.reduce((sum, outcome) => sum + (outcome as { issued: number }).issued, 0)).toBe(1);
    const [mail] = t.mailer.to(loic.email).filter((m) => m.subject.includes('attestation'));
    expect(await pdfText(mail!.attachments![0]!.content as Uint8Array)).toContain(
      'Heures suivies : 12 h sur 16 h prévues',
    );
  });

  it('lets anyone verify a certificate by its number, showing initials only', async () => {
    const number = numbers.get(loic.id) ?? [...numbers.values()][0]!;
    const page = await t.app.request(`/certificats/${numbers.get(camille.id)}`, { headers: HTML });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('C. D.');
    expect(html).not.toContain('Durand');
    expect(html).not.toContain(camille.email);
    expect(html).toContain(event.title);
    expect(html).toContain('valide');
    expect(html).toContain('16 h sur 16 h');
    expect(number).toBeTruthy();
  });

  it('says « révoqué » once staff revoke it', async () => {
    const number = numbers.get(noemie.id)!;
    const revoked = await staffRequest(t, `/api/admin/certificates/${number}/revoke`, { method: 'POST' });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ number, status: 'révoqué' });
    const html = await (await t.app.request(`/certificats/${number}`, { headers: HTML })).text();
    expect(html).toContain('révoqué');
    expect(html).not.toMatch(/<strong>valide<\/strong>/);
  });

  it('answers 404 to unknown, forged or malformed numbers', async () => {
    const forged = 'ABCDE-FGHJK-MNPQR-STVWX';
    for (const number of [forged, 'not-a-number', `${numbers.get(camille.id)}X`, '<script>'])
      expect(
        (await t.app.request(`/certificats/${encodeURIComponent(number)}`, { headers: HTML })).status,
      ).toBe(404);
    const revoke = await staffRequest(t, `/api/admin/certificates/${forged}/revoke`, { method: 'POST' });
    expect(revoke.status).toBe(404);
  });

  it('downloads the PDF again from the personal link of the mail, and from no other', async () => {
    const mail = t.mailer.to(camille.email).find((m) => m.subject.includes('attestation'))!;
    const link = /http:\/\/localhost:3000(\/certificats\/\S+\/attestation\.pdf\?token=\S+)/.exec(
      mail.text,
    )![1]!;
    const response = await t.app.request(link);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(new Uint8Array(await response.arrayBuffer()))).toContain('Camille Durand');
    const other = numbers.get(noemie.id)!;
    const stolen = link.replace(/\/certificats\/[^/]+\//, `/certificats/${other}/`);
    expect((await t.app.request(stolen)).status).toBe(404);
    expect((await t.app.request(link.replace(/token=.*/, 'token=forged'))).status).toBe(404);
  });

  it('keeps the staff API behind the session', async () => {
    const anonymous = await t.app.request(`/api/admin/events/${event.id}/certificates`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });
});
