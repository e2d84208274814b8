import type { HubEvent } from '../events/event.js';
import { ConflictError, GoneError, NotFoundError, type HubError } from '../shared/errors.js';
import { normaliseEmail } from '../shared/email.js';

export { normaliseEmail };

/** Bump the version whenever the wording changes: each registration records the version it accepted. */
export const CONSENT_TEXT_VERSION = 'inscription-2026-11';
export const CONSENT_TEXT =
  'J’accepte que mes nom, prénom, adresse e-mail, organisation et fonction soient traités par les ' +
  'organisateurs de la filière aimants & terres rares Auvergne-Rhône-Alpes pour gérer mon inscription ' +
  'à cet événement (confirmation, rappels, liste des présents). Ces données sont conservées un an après ' +
  'l’événement ; je peux y accéder, les rectifier ou les faire effacer en écrivant aux organisateurs.';
export const NEWSLETTER_TEXT = 'Je souhaite recevoir la lettre d’information de la filière (facultatif).';

/** The moment registration stops: the event's own closing time, else its start. */
export function registrationClosesAt(event: Pick<HubEvent, 'registrationClosesAt' | 'startsAt'>): Date {
  return new Date(event.registrationClosesAt ?? event.startsAt);
}

/** Whether the event is over (ended, or marked completed by staff). */
export function isPast(event: Pick<HubEvent, 'status' | 'endsAt'>, now: Date): boolean {
  return event.status === 'completed' || now.getTime() >= new Date(event.endsAt).getTime();
}

export type RegistrationWindow = { open: true } | { open: false; error: HubError };

/** Can someone register now? A refusal carries the French reason and its HTTP meaning. */
export function registrationWindow(
  event: Pick<HubEvent, 'status' | 'startsAt' | 'endsAt' | 'registrationClosesAt'>,
  now: Date,
): RegistrationWindow {
  if (event.status === 'draft') {
    return { open: false, error: new NotFoundError('Cet événement est introuvable.') };
  }
  if (event.status === 'cancelled') {
    return {
      open: false,
      error: new GoneError(
        'Cet événement a été annulé : les inscriptions ne sont plus possibles.',
        'evenement-annule',
      ),
    };
  }
  if (isPast(event, now)) {
    return {
      open: false,
      error: new GoneError(
        'Cet événement a déjà eu lieu : les inscriptions sont terminées.',
        'evenement-passe',
      ),
    };
  }
  if (now.getTime() >= registrationClosesAt(event).getTime()) {
    return {
      open: false,
      error: new ConflictError('Les inscriptions à cet événement sont closes.', 'inscriptions-closes'),
    };
  }
  return { open: true };
}

/** Whether a registration now is one for the replay: the event is over and offers its replay to newcomers. */
export function registersForReplay(
  event: Pick<HubEvent, 'status' | 'endsAt' | 'replayRegistration'>,
  now: Date,
): boolean {
  return (
    event.replayRegistration === true &&
    (event.status === 'published' || event.status === 'completed') &&
    isPast(event, now)
  );
}

export function fullError(): ConflictError {
  return new ConflictError(
    'Cet événement est complet et n’a pas de liste d’attente : l’inscription n’est plus possible.',
    'evenement-complet',
  );
}

export type CapacityDecision = 'seat' | 'waitlist' | 'full';

/** What a new registrant gets given the event's current counters. */
export function capacityDecision(
  event: Pick<HubEvent, 'capacity' | 'waitlist' | 'confirmedCount'>,
): CapacityDecision {
  if (event.capacity === undefined || event.confirmedCount < event.capacity) return 'seat';
  return event.waitlist ? 'waitlist' : 'full';
}

/**
 * Can a registrant still cancel? Not once the event has started (the seat can no longer go to
 * someone else), and there is nothing to cancel when the event itself is cancelled.
 */
export function cancellationRefusal(
  event: Pick<HubEvent, 'status' | 'startsAt'>,
  now: Date,
): HubError | undefined {
  if (event.status === 'cancelled') {
    return new GoneError(
      'Cet événement a été annulé : votre inscription n’a plus d’effet.',
      'evenement-annule',
    );
  }
  if (event.status === 'completed' || now.getTime() >= new Date(event.startsAt).getTime()) {
    return new GoneError(
      'Cet événement a déjà commencé : l’inscription ne peut plus être annulée.',
      'evenement-passe',
    );
  }
  return undefined;
}
