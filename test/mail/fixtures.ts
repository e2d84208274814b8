import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';

/** A published event as the store returns it; override what a test is about. */
export function anEvent(overrides: Partial<HubEvent> = {}): HubEvent {
  return {
    id: 'evt01',
    slug: 'journee-technique-recyclage-aimants-ndfeb',
    kind: 'technical-day',
    title: 'Journée technique : recycler les aimants NdFeB',
    summary: 'Démontage, tri et recyclage des aimants permanents.',
    description: 'Programme détaillé.',
    startsAt: '2026-03-29T09:30:00+02:00',
    endsAt: '2026-03-29T17:00:00+02:00',
    capacity: 50,
    waitlist: true,
    venue: { name: 'Maison de la Chimie', address: '12 rue de la République', city: 'Lyon' },
    status: 'published',
    sequence: 0,
    confirmedCount: 0,
    waitlistedCount: 0,
    createdAt: '2026-01-10T10:00:00.000Z',
    updatedAt: '2026-01-10T10:00:00.000Z',
    ...overrides,
  };
}

export function aWebinar(overrides: Partial<HubEvent> = {}): HubEvent {
  return anEvent({
    id: 'evt02',
    slug: 'webinaire-valorisation-terres-rares',
    kind: 'webinar',
    title: 'Webinaire : valoriser les terres rares',
    venue: undefined,
    joinUrl: 'https://visio.exemple.fr/salle/terres-rares?code=4821',
    startsAt: '2026-12-10T09:30:00+01:00',
    endsAt: '2026-12-10T11:00:00+01:00',
    ...overrides,
  });
}

export function aRegistration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: 'reg01',
    eventId: 'evt01',
    firstName: 'Camille',
    lastName: 'Durand',
    email: 'camille.durand@exemple.fr',
    organisation: 'Recyclage Rhône',
    status: 'confirmed',
    consent: { at: '2026-01-11T08:00:00.000Z', textVersion: '2026-01' },
    newsletter: false,
    createdAt: '2026-01-11T08:00:00.000Z',
    updatedAt: '2026-01-11T08:00:00.000Z',
    ...overrides,
  };
}
