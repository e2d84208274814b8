import type { HubEvent } from '../events/event.js';
import type { EventReader } from '../events/event-store.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import type { RegistrationNotifier } from './notifier.js';
import type { Registration } from './registration.js';
import type { RegistrationAdminStore } from './registration-store.js';
import {
  queueMails,
  type CancelResult,
  type RegisterResult,
  type RegistrationInput,
  type RegistrationService,
} from './registration-service.js';

export interface RegistrationAdminServiceDeps {
  events: EventReader;
  store: RegistrationAdminStore;
  notifier: RegistrationNotifier;
  clock: Clock;
}

export interface PromotedByHand {
  registration: Registration;
  /** The event was full: its capacity grew by one. */
  seatAdded: boolean;
}

/**
 * What staff do with registrations: promote from the waitlist, check in, list, and the RGPD withdrawal.
 * The public operations are the public service's, so that the full app serves both from one object.
 */
export class RegistrationAdminService {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly deps: RegistrationAdminServiceDeps,
  ) {}

  publicEvent(slug: string): Promise<HubEvent> {
    return this.registrations.publicEvent(slug);
  }

  register(slug: string, input: RegistrationInput): Promise<RegisterResult> {
    return this.registrations.register(slug, input);
  }

  waitlistRank(registration: Registration): Promise<number | undefined> {
    return this.registrations.waitlistRank(registration);
  }

  previewCancellation(token: string): Promise<{ event: HubEvent; registration: Registration }> {
    return this.registrations.previewCancellation(token);
  }

  cancelByToken(token: string): Promise<CancelResult> {
    return this.registrations.cancelByToken(token);
  }

  /** After staff raise the capacity: seats go to the waitlist first, and each promoted person is told. */
  async promoteWaitlisted(eventId: string): Promise<Registration[]> {
    const event = await this.eventOrThrow(eventId);
    const { promoted, mailsToQueue } = await this.deps.store.promoteWaitlisted(
      eventId,
      this.deps.clock.now(),
      (registration) => [{ kind: 'promoted', event, registration }],
    );
    await queueMails(this.deps.notifier, mailsToQueue);
    return promoted;
  }

  /**
   * Staff move one waitlisted person to a seat by hand (a free one, else one more seat), and the
   * person gets the promotion mail with the invitation.
   */
  async promoteOne(eventId: string, registrationId: string): Promise<PromotedByHand> {
    const event = await this.eventOrThrow(eventId);
    const outcome = await this.deps.store.promoteOne(
      eventId,
      registrationId,
      this.deps.clock.now(),
      (registration) => [{ kind: 'promoted', event, registration }],
    );
    if (outcome.kind === 'not-found') throw new NotFoundError('Cette inscription est introuvable.');
    if (outcome.kind === 'closed')
      throw new ConflictError(
        'Seul un événement publié peut confirmer des inscriptions.',
        'evenement-non-publie',
      );
    if (outcome.kind === 'not-waitlisted')
      throw new ConflictError('Cette personne n’est pas sur la liste d’attente.', 'pas-en-liste-attente');
    const { registration, seatAdded } = outcome;
    await queueMails(this.deps.notifier, outcome.mailsToQueue);
    return { registration, seatAdded };
  }

  /**
   * Frees the seat (or waitlist place) of someone whose data is being erased (RGPD), whatever the
   * cancellation deadline: the waitlist moves up and the promoted person is told; the erased person is
   * not written to. Cancelling twice is harmless.
   */
  async withdraw(eventId: string, registrationId: string): Promise<void> {
    const event = await this.deps.events.get(eventId);
    const outcome = await this.deps.store.cancel(
      eventId,
      registrationId,
      this.deps.clock.now(),
      (_withdrawn, promoted) =>
        event && promoted ? [{ kind: 'promoted', event, registration: promoted }] : [],
    );
    if (outcome.kind === 'cancelled') await queueMails(this.deps.notifier, outcome.mailsToQueue);
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
}
