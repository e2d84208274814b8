import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Mailer, OutgoingMail } from '../../functions/mail/mailer.js';
import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';
import type { Slot } from '../../functions/attendance/slot.js';
import { parisInstant } from '../../functions/attendance/attendance-rules.js';
import { parisIsoDate } from '../../functions/shared/paris-dates.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';

const DAY = 24 * 60 * 60 * 1000;

/** Keeps every mail instead of sending it. */
export class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    this.sent.push(mail);
    return { messageId: `local-${this.sent.length}` };
  }
  to(email: string): OutgoingMail[] {
    return this.sent.filter((mail) => mail.to.includes(email));
  }
}

/** The text of a PDF as poppler's pdftotext reads it (what selecting and copying would give). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-']);
    return stdout;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export interface TrainingHub extends TestHub {
  clock: FixedClock;
  mailer: RecordingMailer;
  cookie: string;
}

export async function trainingHub(env: Record<string, string> = {}): Promise<TrainingHub> {
  const clock = new FixedClock(new Date());
  const mailer = new RecordingMailer();
  const t = await createTestHub({ clock, mailer, signInMails: new RecordingSignInMails() }, env);
  return { ...t, clock, mailer, cookie: await signInAsStaff(t) };
}

/** Staff's JSON request, from the hub's own origin. */
export function staffRequest(t: TrainingHub, path: string, init: { method?: string; body?: unknown } = {}) {
  return t.app.request(path, {
    method: init.method ?? 'GET',
    headers: {
      cookie: t.cookie,
      origin: t.config.HUB_BASE_URL,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

/** A two-day training (09:00 to 17:00 Paris time each day) ten days from the hub's clock, published. */
export async function twoDayTraining(
  t: TrainingHub,
  overrides: Record<string, unknown> = {},
): Promise<HubEvent> {
  const first = parisIsoDate(new Date(t.clock.now().getTime() + 10 * DAY));
  const second = parisIsoDate(new Date(t.clock.now().getTime() + 11 * DAY));
  const created = await staffRequest(t, '/api/admin/events', {
    method: 'POST',
    body: {
      kind: 'training',
      title: 'Formation : démontage et tri des aimants NdFeB',
      summary: 'Deux jours pour maîtriser le démontage sûr des aimants permanents.',
      description: 'Théorie le matin, atelier l’après-midi.',
      startsAt: parisInstant(first, '09:00').toISOString(),
      endsAt: parisInstant(second, '17:00').toISOString(),
      capacity: 20,
      venue: { name: 'Plateforme EN2R', address: '12 rue des Métaux', city: 'Grenoble' },
      organiser: 'REEfine',
      ...overrides,
    },
  });
  if (created.status !== 201) throw new Error(`event not created: ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  return t.hub.events.publish(id);
}

export async function register(
  t: TrainingHub,
  event: HubEvent,
  person: { firstName: string; lastName: string; organisation?: string },
): Promise<Registration> {
  const result = await t.hub.registrations.register(event.slug, {
    ...person,
    email: uniqueEmail(
      person.firstName
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z]/g, ''),
    ),
    consent: true,
    newsletter: false,
  });
  if (result.outcome !== 'created') throw new Error('already registered');
  return result.registration;
}

/** Signs the slot on the trainer's device, with the clock inside it. */
export async function signSlot(
  t: TrainingHub,
  slot: Slot,
  registration: Registration,
  signature: { path: string } | { typedName: string },
): Promise<void> {
  t.clock.set(new Date(Date.parse(slot.startsAt) + 10 * 60_000));
  await t.hub.attendance.signOnDevice(slot.eventId, slot.id, registration.id, signature);
}

export const DRAWN = { path: 'M 10 40 C 30 5, 60 5, 80 40 S 130 75, 150 40 L 170 30' };
