import type { Registration } from '../registrations/registration.js';
import type { AttendanceSignature, RoomCodeClaim, Slot, SlotClosing, Trainer } from './slot.js';

/**
 * What the attendance sheet, the certificates and the survey read of an event's attendance: its half-days
 * (as staff set them, else derived from the event's dates) with their closing, and every signature.
 */
export interface AttendanceReader {
  /** The event's slots, earliest first; none when the event is unknown or has no attendance. */
  slots(eventId: string): Promise<Slot[]>;
  /** Every signature of the event's slots, any slot, in no particular order. */
  signatures(eventId: string): Promise<AttendanceSignature[]>;
}

export type SignOutcome =
  | { kind: 'signed'; signature: AttendanceSignature }
  /** The registration had signed this slot already: its first signature stands. */
  | { kind: 'already-signed'; signature: AttendanceSignature }
  | { kind: 'closed' };

/** The writes signing by room code makes, from the public function. */
export interface AttendanceStore {
  /** What a room code names, if anyone showed it. */
  codeClaim(code: string): Promise<RoomCodeClaim | undefined>;
  /**
   * Stores the signature unless the registration signed the slot already or the slot was closed, atomically;
   * `signerEmail` finds it again for the person's export and erasure.
   */
  sign(signature: AttendanceSignature, signerEmail: string): Promise<SignOutcome>;
}

/**
 * The staff side: slots, closings, trainers and room codes. A person's signatures are exported and erased by
 * functions/rgpd, which finds them by address, and purged with their event by the retention job.
 */
export interface AttendanceAdminStore extends AttendanceStore {
  /** The slots staff set for the event, earliest first, or undefined when they never did (derive them). */
  storedSlots(eventId: string): Promise<Slot[] | undefined>;
  replaceSlots(eventId: string, slots: Slot[]): Promise<void>;
  /** The closing of each closed slot, by slot id. */
  closings(eventId: string): Promise<Map<string, SlotClosing>>;
  /** Closes the slot: false when it was closed already (the first closing stands). */
  close(eventId: string, slotId: string, closing: SlotClosing): Promise<boolean>;
  signatures(eventId: string): Promise<AttendanceSignature[]>;
  /** How many signatures each slot holds, by slot id, without reading the strokes. */
  signedCounts(eventId: string): Promise<Map<string, number>>;
  /** Records what the code names until it expires; false when it names another slot (never in practice). */
  claimCode(claim: RoomCodeClaim, expiresAt: Date): Promise<boolean>;
  addTrainer(trainer: Trainer): Promise<void>;
  trainers(eventId: string): Promise<Trainer[]>;
  /** The events this address trains. */
  eventsTrainedBy(email: string): Promise<string[]>;
}

/** The registrations signing checks: only a confirmed registrant of the event signs its slots. */
export interface RegistrantLookup {
  get(eventId: string, registrationId: string): Promise<Registration | undefined>;
  /** The live registration the address holds for the event, if any. */
  findByEmail(eventId: string, email: string): Promise<Registration | undefined>;
}
