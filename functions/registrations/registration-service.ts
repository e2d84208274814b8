import type { HubEvent } from '../events/event.js';
import type { EventReader } from '../events/event-store.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import type { LinkSigner } from '../shared/signed-links.js';
import { logger } from '../shared/logger.js';
import { readCancellationToken } from './cancellation-link.js';
import type { RegistrationNotifier } from './notifier.js';
import type { Registration } from './registration.js';
import {
  CONSENT_TEXT_VERSION,
  cancellationRefusal,
  fullError,
  normaliseEmail,
  registrationWindow,
} from './registration-rules.js';
import type { RegistrationStore } from './registration-store.js';

/** A validated registration body (see schemas.ts). */
export interface RegistrationInput {
  firstName: string;
  lastName: string;
  email: string;
  organisation?: string;
  role?: string;
  consent: true;
  newsletter: boolean;
}

export interface RegistrationServiceDeps {
  events: EventReader;
  store: RegistrationStore;
  notifier: RegistrationNotifier;
  clock: Clock;
  signer: LinkSigner;
  /** Sends the newsletter's double opt-in mail to a registrant who ticked the box (the wish alone subscribes no one). */
  newsletterOptIn?: (registration: Registration) => Promise<void>;
}

export interface RegisterResult {
  event: HubEvent;
  registration: Registration;
  /** False when the same e-mail was already registered: nothing was written, nothing sent. */
  created: boolean;
}

export interface CancelResult {
  event: HubEvent;
  registration: Registration;
  alreadyCancelled: boolean;
}

export interface PromotedByHand {
  registration: Registration;
  /** The event was full: its capacity grew by one. */
  seatAdded: boolean;
}

const INVALID_LINK = 'Ce lien d’annulation est invalide. Utilisez le lien reçu par e-mail, sans le modifier.';

export class RegistrationService {
  constructor(private readonly deps: RegistrationServiceDeps) {}

  /** The event a registration form posts to; drafts do not exist for the public. */
  async publicEvent(slug: string): Promise<HubEvent> {
    const event = await this.deps.events.getBySlug(slug);
    if (!event || event.status === 'draft') throw new NotFoundError('Cet événement est introuvable.');
    return event;
  }

  async register(slug: string, input: RegistrationInput): Promise<RegisterResult> {
    const event = await this.publicEvent(slug);
    const now = this.deps.clock.now();
    const window = registrationWindow(event, now);
    if (!window.open) throw window.error;
    const outcome = await this.deps.store.register(
      {
        eventId: event.id,
        firstName: input.firstName,
        lastName: input.lastName,
        email: normaliseEmail(input.email),
        organisation: input.organisation,
        role: input.role,
        consentTextVersion: CONSENT_TEXT_VERSION,
        newsletter: input.newsletter,
      },
      now,
    );
    switch (outcome.kind) {
      case 'created': {
        const { registration } = outcome;
        if (registration.status === 'waitlisted') {
          await this.notify('waitlisted', registration, () =>
            this.deps.notifier.waitlisted(event, registration),
          );
        } else {
          await this.notify('confirmed', registration, () =>
            this.deps.notifier.confirmed(event, registration),
          );
        }
        const { newsletterOptIn } = this.deps;
        if (registration.newsletter && newsletterOptIn) {
          await this.notify('newsletter opt-in', registration, () => newsletterOptIn(registration));
        }
        return { event, registration, created: true };
      }
      case 'duplicate':
        return { event, registration: outcome.registration, created: false };
      case 'full':
        throw fullError();
      case 'closed': {
        const current = await this.deps.events.get(event.id);
        const reason = current ? registrationWindow(current, now) : undefined;
        throw reason && !reason.open
          ? reason.error
          : new ConflictError('Les inscriptions à cet événement sont closes.', 'inscriptions-closes');
      }
    }
  }

  /** 1 for the first in line; for the result page. */
  waitlistRank(registration: Registration): Promise<number | undefined> {
    return this.deps.store.waitlistRank(registration);
  }

  /** What a cancellation link points at, without changing anything (GET may be a link scanner). */
  async previewCancellation(token: string): Promise<{ event: HubEvent; registration: Registration }> {
    const link = readCancellationToken(this.deps.signer, token);
    if (!link) throw new ValidationError({ token: [INVALID_LINK] }, INVALID_LINK);
    const [event, registration] = await Promise.all([
      this.deps.events.get(link.eventId),
      this.deps.store.get(link.eventId, link.registrationId),
    ]);
    if (!event || !registration) {
      throw new NotFoundError('Cette inscription est introuvable : elle a peut-être été supprimée.');
    }
    return { event, registration };
  }

  async cancelByToken(token: string): Promise<CancelResult> {
    const { event, registration } = await this.previewCancellation(token);
    if (registration.status === 'cancelled') return { event, registration, alreadyCancelled: true };
    const now = this.deps.clock.now();
    const refusal = cancellationRefusal(event, now);
    if (refusal) throw refusal;
    const outcome = await this.deps.store.cancel(event.id, registration.id, now);
    if (outcome.kind === 'not-found') throw new NotFoundError('Cette inscription est introuvable.');
    if (outcome.kind === 'already-cancelled') {
      return { event, registration: outcome.registration, alreadyCancelled: true };
    }
    const { promoted } = outcome;
    await this.notify('cancelled', outcome.registration, () =>
      this.deps.notifier.cancelled(event, outcome.registration),
    );
    if (promoted) await this.notify('promoted', promoted, () => this.deps.notifier.promoted(event, promoted));
    return { event, registration: outcome.registration, alreadyCancelled: false };
  }

  /** After staff raise the capacity: seats go to the waitlist first, and each promoted person is told. */
  async promoteWaitlisted(eventId: string): Promise<Registration[]> {
    const event = await this.eventOrThrow(eventId);
    const promoted = await this.deps.store.promoteWaitlisted(eventId, this.deps.clock.now());
    for (const registration of promoted) {
      await this.notify('promoted', registration, () => this.deps.notifier.promoted(event, registration));
    }
    return promoted;
  }

  /**
   * Staff move one waitlisted person to a seat by hand (a free one, else one more seat), and the
   * person gets the promotion mail with the invitation.
   */
  async promoteOne(eventId: string, registrationId: string): Promise<PromotedByHand> {
    const event = await this.eventOrThrow(eventId);
    const outcome = await this.deps.store.promoteOne(eventId, registrationId, this.deps.clock.now());
    if (outcome.kind === 'not-found') throw new NotFoundError('Cette inscription est introuvable.');
    if (outcome.kind === 'closed')
      throw new ConflictError(
        'Seul un événement publié peut confirmer des inscriptions.',
        'evenement-non-publie',
      );
    if (outcome.kind === 'not-waitlisted')
      throw new ConflictError('Cette personne n’est pas sur la liste d’attente.', 'pas-en-liste-attente');
    const { registration, seatAdded } = outcome;
    await this.notify('promoted', registration, () => this.deps.notifier.promoted(event, registration));
    return { registration, seatAdded };
  }

  /**
   * Frees the seat (or waitlist place) of someone whose data is being erased (RGPD), whatever the
   * cancellation deadline: the waitlist moves up and the promoted person is told; the erased person is
   * not written to. Cancelling twice is harmless.
   */
  async withdraw(eventId: string, registrationId: string): Promise<void> {
    const outcome = await this.deps.store.cancel(eventId, registrationId, this.deps.clock.now());
    if (outcome.kind !== 'cancelled' || !outcome.promoted) return;
    const { promoted } = outcome;
    const event = await this.deps.events.get(eventId);
    if (event) await this.notify('promoted', promoted, () => this.deps.notifier.promoted(event, promoted));
  }

  async checkIn(eventId: string, registrationId: string): Promise<Registration> {
    await this.eventOrThrow(eventId);
    const outcome = await this.deps.store.checkIn(eventId, registrationId, this.deps.clock.now());
    if (outcome.kind === 'not-found') throw new NotFoundError('Cette inscription est introuvable.');
    if (outcome.kind === 'not-confirmed') {
      throw new ConflictError(
        'Seule une inscription confirmée peut être pointée présente.',
        'inscription-non-confirmee',
      );
    }
    return outcome.registration;
  }

  async listForEvent(eventId: string): Promise<Registration[]> {
    return (await this.eventWithRegistrations(eventId)).registrations;
  }

  async eventWithRegistrations(eventId: string): Promise<{ event: HubEvent; registrations: Registration[] }> {
    const event = await this.eventOrThrow(eventId);
    return { event, registrations: await this.deps.store.listByEvent(eventId) };
  }

  private async eventOrThrow(eventId: string): Promise<HubEvent> {
    const event = await this.deps.events.get(eventId);
    if (!event) throw new NotFoundError('Cet événement est introuvable.');
    return event;
  }

  /** A mail that fails is logged: the registration it reports on stands. */
  private async notify(what: string, registration: Registration, send: () => Promise<void>): Promise<void> {
    try {
      await send();
    } catch (error) {
      logger.error('registration notification failed', {
        notification: what,
        eventId: registration.eventId,
        registrationId: registration.id,
        error,
      });
    }
  }
}
