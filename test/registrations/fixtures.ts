import type { HubEvent } from '../../functions/events/event.js';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import type { ReminderKind, RegistrationNotifier } from '../../functions/registrations/notifier.js';
import type { Registration } from '../../functions/registrations/registration.js';
import { cancellationUrl } from '../../functions/registrations/cancellation-link.js';
import { keys } from '../../functions/store/keys.js';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { uniqueEmail, type TestHub } from '../support/test-hub.js';

const DAY = 24 * 60 * 60 * 1000;

export interface Notification {
  kind: keyof RegistrationNotifier;
  registrationId: string;
  email: string;
  reminder?: ReminderKind;
}

/** The notifier port, recording instead of mailing; registrations listed in `failFor` make it throw. */
export class RecordingNotifier implements RegistrationNotifier {
  readonly sent: Notification[] = [];
  readonly failFor = new Set<string>();

  private async record(
    kind: keyof RegistrationNotifier,
    registration: Registration,
    reminder?: ReminderKind,
  ) {
    if (this.failFor.has(registration.id)) throw new Error(`mail to ${registration.email} bounced`);
    this.sent.push({
      kind,
      registrationId: registration.id,
      email: registration.email,
      ...(reminder ? { reminder } : {}),
    });
  }

  of(kind: keyof RegistrationNotifier): Notification[] {
    return this.sent.filter((notification) => notification.kind === kind);
  }

  confirmed = async (_e: HubEvent, r: Registration) => this.record('confirmed', r);
  waitlisted = async (_e: HubEvent, r: Registration) => this.record('waitlisted', r);
  promoted = async (_e: HubEvent, r: Registration) => this.record('promoted', r);
  cancelled = async (_e: HubEvent, r: Registration) => this.record('cancelled', r);
  eventUpdated = async (_e: HubEvent, r: Registration) => this.record('eventUpdated', r);
  eventCancelled = async (_e: HubEvent, r: Registration) => this.record('eventCancelled', r);
  reminder = async (_e: HubEvent, r: Registration, kind: ReminderKind) => this.record('reminder', r, kind);
  replayAvailable = async (_e: HubEvent, r: Registration) => this.record('replayAvailable', r);
}

export function eventInput(overrides: Partial<NewEvent> = {}, from: Date = new Date()): NewEvent {
  const start = new Date(from.getTime() + 14 * DAY);
  start.setUTCHours(8, 0, 0, 0);
  return {
    kind: 'technical-day',
    title: 'Journée technique : recyclage des aimants NdFeB',
    summary: 'Démontage, tri et recyclage des aimants permanents issus des DEEE.',
    description: 'Visite de la ligne pilote et retours d’expérience.',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 8 * 3_600_000).toISOString(),
    capacity: 50,
    waitlist: true,
    venue: { name: 'CCI Lyon Métropole', address: '20 rue de la Bourse', city: 'Lyon' },
    ...overrides,
  };
}

/** A published event, created the way staff do it. */
export async function publishedEvent(t: TestHub, overrides: Partial<NewEvent> = {}): Promise<HubEvent> {
  const draft = await t.hub.events.create(eventInput(overrides, t.hub.clock.now()));
  return t.hub.events.publish(draft.id);
}

export function registrationBody(overrides: Record<string, unknown> = {}) {
  return {
    firstName: 'Camille',
    lastName: 'Durand',
    email: uniqueEmail('camille'),
    organisation: 'MagREEsource',
    role: 'Ingénieure procédés',
    consent: true,
    ...overrides,
  };
}

export function postJson(t: TestHub, path: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

export function postForm(t: TestHub, path: string, fields: Record<string, string>): Promise<Response> {
  return Promise.resolve(
    t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }),
  );
}

export function register(t: TestHub, event: HubEvent, body: unknown = registrationBody()): Promise<Response> {
  return postJson(t, `/api/events/${event.slug}/registrations`, body);
}

/** The token of a registration's mailed link, for an event that ends within the next two months. */
export function cancellationToken(t: TestHub, registration: Registration): string {
  const endsAt = new Date(t.hub.clock.now().getTime() + 60 * DAY).toISOString();
  const url = new URL(cancellationUrl(t.config.HUB_BASE_URL, t.hub.signer, registration, { endsAt }));
  return url.searchParams.get('token')!;
}

/** Every item of the event's partition, grouped by kind of item (registrations, claims, waitlist, attendance…). */
export async function partition(t: TestHub, eventId: string) {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await t.clients.dynamo.send(
      new QueryCommand({
        TableName: t.config.HUB_TABLE_NAME,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.event(eventId).pk },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const bySk = (prefix: string) => items.filter((item) => String(item.sk).startsWith(prefix));
  return {
    event: items.find((item) => item.sk === 'EVENT') as (HubEvent & { waitlistSeq: number }) | undefined,
    registrations: bySk('REG#') as unknown as Registration[],
    claims: bySk('REGEMAIL#'),
    waitlist: bySk('WAIT#'),
    reminders: bySk('REMINDER#'),
    attendance: items.filter((item) => /^(SIGN|SLOTCLOSE|TRAINER|SLOT)#/.test(String(item.sk))),
  };
}

/** Registers `count` people one after the other, so the waitlist order is known. */
export async function registerInOrder(t: TestHub, event: HubEvent, count: number): Promise<Registration[]> {
  const list: Registration[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = (await (await register(t, event)).json()) as { id: string };
    list.push((await t.hub.registrationStore.get(event.id, id))!);
  }
  return list;
}
