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

describe('the attendance sheet of a two-day training', () => {
  let t: TrainingHub;
  let event: HubEvent;
  let slots: Slot[];
  let camille: Registration;
  let hostile: Registration;

  beforeAll(async () => {
    t = await trainingHub();
    event = await twoDayTraining(t);
    camille = await register(t, event, {
      firstName: 'Camille',
      lastName: 'Durand',
      organisation: 'MagREEsource',
    });
    // Forms refuse markup in names; a leading `=` is a name to them, and a formula to a spreadsheet.
    hostile = await register(t, event, {
      firstName: 'Zoé',
      lastName: 'Œillet',
      organisation: '=HYPERLINK("x")',
    });
    slots = await t.hub.attendance.slots(event.id);
    await signSlot(t, slots[0]!, camille, DRAWN);
    await signSlot(t, slots[0]!, hostile, { typedName: 'Zoé Œillet' });
    await signSlot(t, slots[1]!, camille, { typedName: 'Camille Durand' });
    t.clock.set(new Date(Date.parse(slots[0]!.endsAt) + 60_000));
    await t.hub.attendance.close(event.id, slots[0]!.id, DRAWN, 'claire@exemple.fr');
    t.clock.set(new Date(Date.parse(event.endsAt) + 60 * 60_000));
    t.cookie = await signInAsStaff(t);
  });

  it('writes a selectable A4 PDF: a page per half-day, each registrant, signed or absent, the countersignature', async () => {
    const response = await staffRequest(t, `/api/admin/events/${event.id}/attendance.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await response.arrayBuffer());
    const text = await pdfText(pdf);
    const pages = text.split('\f').filter((page) => page.trim());
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain(event.title);
    expect(pages[0]).toContain('Organisateur : REEfine');
    expect(pages[0]).toContain('Lieu : Plateforme EN2R, 12 rue des Métaux, Grenoble');
    expect(pages[0]).toContain(slots[0]!.label);
    expect(pages[0]).toMatch(/de 09:00 à 13:00/);
    expect(pages[0]).toContain('Camille Durand');
    expect(pages[0]).toContain('Zoé Œillet (nom tapé)');
    expect(pages[0]).toContain('Contre-signature du formateur');
    expect(pages[0]).toContain('claire@exemple.fr');
    expect(pages[0]).toContain('Page 1 / 4');
    expect(pages[1]).toMatch(/Zoé Œillet\s+=HYPERLINK\("x"\)\s+absent/);
    expect(pages[1]).toContain('non encore close');
    expect(pages[3]).toContain('Page 4 / 4');
    // The drawn strokes are vector paths (a Bézier curve operator), not an image.
    const source = Buffer.from(pdf).toString('latin1');
    expect(source).not.toContain('/Subtype /Image');
    expect(source).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('exports one row per registrant and one column per half-day, as the registrations CSV does', async () => {
    const response = await staffRequest(t, `/api/admin/events/${event.id}/attendance.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(header!.split(';')).toEqual([
      'Prénom',
      'Nom',
      'E-mail',
      'Organisation',
      ...slots.map((s) => s.label),
    ]);
    expect(rows).toHaveLength(2);
    const camilleRow = rows.find((row) => row.startsWith('Camille'))!.split(';');
    expect(camilleRow.slice(4, 6).every((cell) => cell.startsWith('signé le '))).toBe(true);
    expect(camilleRow.slice(6)).toEqual(['absent', 'absent']);
    const zoeRow = rows.find((row) => row.startsWith('Zoé'))!;
    expect(zoeRow).toContain(`'=HYPERLINK(""x"")`);
  });

  it('answers 404 for an unknown event and 401 without a session', async () => {
    expect((await staffRequest(t, '/api/admin/events/inconnu/attendance.pdf')).status).toBe(404);
    expect((await t.app.request(`/api/admin/events/${event.id}/attendance.csv`)).status).toBe(401);
  });
});
