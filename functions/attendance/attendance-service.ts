import type { EventReader } from '../events/event-store.js';
import type { HubEvent } from '../events/event.js';
import { hasAttendance } from '../events/events-rules.js';
import type { Clock } from '../shared/clock.js';
import { normaliseEmail } from '../shared/email.js';
import { ConflictError, NotFoundError, UnavailableError, ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { AttendanceAdminStore, AttendanceReader, RegistrantLookup } from './attendance-store.js';
import { codeExpiresAt, codeWindow, deriveSlots, isOpen, roomCode } from './attendance-rules.js';
import {
  assertSignature,
  SLOT_CLOSED,
  type AttendanceSigningService,
  type Signed,
} from './attendance-signing-service.js';
import type { AttendanceSignature, RoomCode, SignatureMark, Slot, Trainer } from './slot.js';

/** A slot as staff list it: with how many trainees signed it. */
export interface SlotWithCount extends Slot {
  signedCount: number;
}

/** A slot as staff set it; without an id, one is made. */
export type SlotInput = Pick<Slot, 'startsAt' | 'endsAt' | 'label'> & { id?: string };

export interface AttendanceServiceDeps {
  signing: AttendanceSigningService;
  store: AttendanceAdminStore;
  events: EventReader;
  registrants: RegistrantLookup;
  clock: Clock;
  /** HUB_SIGNING_KEY: room codes are made with it. */
  codeKey: string;
}

const MAX_SLOTS = 60;

/**
 * Attendance for staff and trainers: the half-days of an event, the room code, signing on the trainer's
 * device, closing a half-day, and naming trainers. Also the reader the sheet and the certificates use.
 */
export class AttendanceService implements AttendanceReader {
  constructor(private readonly deps: AttendanceServiceDeps) {}

  async slots(eventId: string): Promise<Slot[]> {
    const event = await this.deps.events.get(eventId);
    if (!event || !hasAttendance(event)) return [];
    const [stored, closings] = await Promise.all([
      this.deps.store.storedSlots(eventId),
      this.deps.store.closings(eventId),
    ]);
    return (stored ?? deriveSlots(event)).map((slot) => {
      const closing = closings.get(slot.id);
      return closing ? { ...slot, closing } : slot;
    });
  }

  signatures(eventId: string): Promise<AttendanceSignature[]> {
    return this.deps.store.signatures(eventId);
  }

  async slotsWithCounts(eventId: string): Promise<SlotWithCount[]> {
    await this.event(eventId);
    const [slots, counts] = await Promise.all([this.slots(eventId), this.deps.store.signedCounts(eventId)]);
    return slots.map((slot) => ({ ...slot, signedCount: counts.get(slot.id) ?? 0 }));
  }

  /** Replaces the event's half-days by these (a signature keeps the slot id it was made for). */
  async replaceSlots(eventId: string, inputs: SlotInput[]): Promise<SlotWithCount[]> {
    const event = await this.attendanceEvent(eventId);
    if (inputs.length > MAX_SLOTS)
      throw new ValidationError({ items: [`${MAX_SLOTS} demi-journées au plus.`] });
    const slots = inputs.map((input) => ({
      id: input.id ?? newId(this.deps.clock.now()),
      eventId: event.id,
      startsAt: new Date(input.startsAt).toISOString(),
      endsAt: new Date(input.endsAt).toISOString(),
      label: input.label,
    }));
    const errors: Record<string, string[]> = {};
    slots.forEach((slot, index) => {
      if (Date.parse(slot.endsAt) <= Date.parse(slot.startsAt))
        errors[`items.${index}.endsAt`] = ['La fin doit suivre le début.'];
      if (slots.findIndex((other) => other.id === slot.id) !== index)
        errors[`items.${index}.id`] = ['Deux demi-journées ne peuvent pas avoir le même identifiant.'];
    });
    if (Object.keys(errors).length) throw new ValidationError(errors);
    await this.deps.store.replaceSlots(
      eventId,
      slots.sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    );
    return this.slotsWithCounts(eventId);
  }

  /** The code the room signs with now, while the slot is open; the same on every device that asks. */
  async code(eventId: string, slotId: string): Promise<RoomCode> {
    const slot = await this.openSlot(eventId, slotId);
    const window = codeWindow(this.deps.clock.now());
    const code = roomCode(this.deps.codeKey, eventId, slotId, window);
    const expiresAt = codeExpiresAt(window);
    const claim = { code, eventId, slotId, window, startsAt: slot.startsAt, endsAt: slot.endsAt };
    if (!(await this.deps.store.claimCode(claim, expiresAt))) throw new UnavailableError();
    return { code, expiresAt: expiresAt.toISOString() };
  }

  /** A trainee signs on the trainer's device: picked from the list of confirmed registrants. */
  async signOnDevice(
    eventId: string,
    slotId: string,
    registrationId: string,
    signature: SignatureMark,
  ): Promise<Signed> {
    assertSignature(signature);
    await this.openSlot(eventId, slotId);
    const registration = await this.deps.registrants.get(eventId, registrationId);
    if (!registration) throw new NotFoundError('Cette inscription est introuvable.');
    if (registration.status !== 'confirmed')
      throw new ConflictError('Seuls les inscrits confirmés signent la feuille.', 'non-confirme');
    return this.deps.signing.sign(
      { eventId, slotId, registrationId },
      signature,
      registration.email,
      'trainer-device',
    );
  }

  /** The trainer (or staff) countersigns the half-day and closes it: later signatures are refused. */
  async close(eventId: string, slotId: string, signature: SignatureMark, closedBy: string): Promise<Slot> {
    assertSignature(signature);
    const slot = await this.slot(eventId, slotId);
    if (slot.closing) throw new ConflictError('Cette demi-journée est déjà close.', 'creneau-clos');
    const closing = {
      closedAt: this.deps.clock.now().toISOString(),
      closedBy,
      signature: 'path' in signature ? { path: signature.path } : { typedName: signature.typedName.trim() },
    };
    if (!(await this.deps.store.close(eventId, slotId, closing)))
      throw new ConflictError('Cette demi-journée est déjà close.', 'creneau-clos');
    return { ...slot, closing };
  }

  async addTrainer(eventId: string, email: string, addedBy: string): Promise<Trainer> {
    await this.attendanceEvent(eventId);
    const trainer = {
      eventId,
      email: normaliseEmail(email),
      addedAt: this.deps.clock.now().toISOString(),
      addedBy,
    };
    await this.deps.store.addTrainer(trainer);
    return trainer;
  }

  trainers(eventId: string): Promise<Trainer[]> {
    return this.deps.store.trainers(eventId);
  }

  /** The events this address trains, for its sign-in. */
  eventsTrainedBy(email: string): Promise<string[]> {
    return this.deps.store.eventsTrainedBy(normaliseEmail(email));
  }

  /** The trainer's event not yet over that starts first, else the one that ended last. */
  async nearestEventOf(eventIds: readonly string[]): Promise<HubEvent | undefined> {
    const now = this.deps.clock.now().toISOString();
    const events = (await Promise.all(eventIds.map((id) => this.deps.events.get(id)))).filter(
      (event): event is HubEvent => event !== undefined,
    );
    const coming = events
      .filter((event) => event.endsAt >= now)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const past = events
      .filter((event) => event.endsAt < now)
      .sort((a, b) => b.endsAt.localeCompare(a.endsAt));
    return coming[0] ?? past[0];
  }

  /** The slot open now, or the first still to come, else the last: what the sheet shows first. */
  currentSlot<S extends Slot>(slots: S[]): S | undefined {
    const now = this.deps.clock.now();
    return (
      slots.find((slot) => isOpen(slot, now)) ??
      slots.find((slot) => Date.parse(slot.startsAt) > now.getTime()) ??
      slots.at(-1)
    );
  }

  async event(eventId: string): Promise<HubEvent> {
    const event = await this.deps.events.get(eventId);
    if (!event) throw new NotFoundError('Cet événement est introuvable.');
    return event;
  }

  private async attendanceEvent(eventId: string): Promise<HubEvent> {
    const event = await this.event(eventId);
    if (!hasAttendance(event))
      throw new ConflictError('L’émargement n’est pas activé pour cet événement.', 'sans-emargement');
    return event;
  }

  private async slot(eventId: string, slotId: string): Promise<Slot> {
    await this.attendanceEvent(eventId);
    const slot = (await this.slots(eventId)).find((candidate) => candidate.id === slotId);
    if (!slot) throw new NotFoundError('Cette demi-journée est introuvable.');
    return slot;
  }

  private async openSlot(eventId: string, slotId: string): Promise<Slot> {
    const slot = await this.slot(eventId, slotId);
    if (!isOpen(slot, this.deps.clock.now())) throw new ConflictError(SLOT_CLOSED, 'creneau-ferme');
    return slot;
  }
}
