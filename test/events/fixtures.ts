import type { HubEvent } from '../../functions/events/event.js';
import type { ReminderKind, RegistrationNotifier } from '../../functions/registrations/notifier.js';
import type { Registration } from '../../functions/registrations/registration.js';
import type { TestHub } from '../support/test-hub.js';

const DAY = 24 * 60 * 60 * 1000;

/** An ISO 8601 instant written with the Paris winter offset, `days` from `from`. */
export function inDays(days: number, from: Date = new Date(), hourUtc = 8): string {
  const date = new Date(from.getTime() + days * DAY);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

export function technicalDayBody(overrides: Record<string, unknown> = {}, from = new Date()) {
  return {
    kind: 'technical-day',
    title: 'Journée technique : recyclage des aimants NdFeB',
    summary: 'Démontage, tri et recyclage des aimants permanents issus des DEEE.',
    description: '## Programme\n\n- 9 h : accueil\n- 10 h : visite de la ligne pilote',
    startsAt: inDays(20, from, 8),
    endsAt: inDays(20, from, 16),
    capacity: 40,
    waitlist: true,
    venue: { name: 'CCI Lyon Métropole', address: '20 rue de la Bourse', city: 'Lyon' },
    speakers: ['Claire Martin', 'Julien Roux'],
    organiser: 'FEDERREC Centre et Sud-Est',
    ...overrides,
  };
}

export const SECRET_JOIN_URL = 'https://visio.exemple.fr/salle-secrete-7f3a9c';

export function webinarBody(overrides: Record<string, unknown> = {}, from = new Date()) {
  return {
    kind: 'webinar',
    title: 'Webinaire : valoriser les terres rares',
    summary: 'Les procédés de récupération des terres rares, en une heure.',
    description: 'Questions en direct à la fin.',
    startsAt: inDays(10, from, 13),
    endsAt: inDays(10, from, 14),
    joinUrl: SECRET_JOIN_URL,
    ...overrides,
  };
}

export interface Sent {
  kind: keyof RegistrationNotifier;
  eventId: string;
  sequence: number;
  status: HubEvent['status'];
  registrationId: string;
}

/** Our notifier port, recording instead of mailing; `failFor` makes some calls throw. */
export class RecordingNotifier implements RegistrationNotifier {
  readonly sent: Sent[] = [];
  constructor(private readonly failFor: Set<string> = new Set()) {}

  private async record(kind: keyof RegistrationNotifier, event: HubEvent, registration: Registration) {
    if (this.failFor.has(registration.id)) throw new Error(`mail to ${registration.id} bounced`);
    this.sent.push({
      kind,
      eventId: event.id,
      sequence: event.sequence,
      status: event.status,
      registrationId: registration.id,
    });
  }

  confirmed = (event: HubEvent, registration: Registration) => this.record('confirmed', event, registration);
  waitlisted = (event: HubEvent, registration: Registration) =>
    this.record('waitlisted', event, registration);
  promoted = (event: HubEvent, registration: Registration) => this.record('promoted', event, registration);
  cancelled = (event: HubEvent, registration: Registration) => this.record('cancelled', event, registration);
  eventUpdated = (event: HubEvent, registration: Registration) =>
    this.record('eventUpdated', event, registration);
  eventCancelled = (event: HubEvent, registration: Registration) =>
    this.record('eventCancelled', event, registration);
  reminder = (event: HubEvent, registration: Registration, _kind: ReminderKind) =>
    this.record('reminder', event, registration);
  replayAvailable = (event: HubEvent, registration: Registration) =>
    this.record('replayAvailable', event, registration);
}

/** JSON requests to the app, optionally as signed-in staff. */
export function client(t: TestHub, cookie?: string) {
  const send = (method: string, path: string, body?: unknown) =>
    t.app.request(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body?: unknown) => send('POST', path, body),
    patch: (path: string, body: unknown) => send('PATCH', path, body),
  };
}
