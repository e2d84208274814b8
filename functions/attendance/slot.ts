/** What a person leaves on the sheet: the strokes drawn (SVG path data) or their full name typed. */
export type SignatureMark = { path: string } | { typedName: string };

/** Who closed a half-day, when, and their countersignature. */
export interface SlotClosing {
  closedAt: string;
  /** The trainer's or staff member's address. */
  closedBy: string;
  signature: SignatureMark;
}

/** A half-day of an event with attendance: trainees sign it while it is open. */
export interface Slot {
  /** Derived slots: the Paris day and half (`2026-03-12-matin`); slots staff set: any id they gave. */
  id: string;
  eventId: string;
  startsAt: string;
  endsAt: string;
  /** "jeudi 12 mars 2026, matin". */
  label: string;
  /** Absent while the slot is open to signatures. */
  closing?: SlotClosing;
}

/** How a trainee signed: with the room code on their own phone, or on the trainer's device. */
export type SigningChannel = 'code' | 'trainer-device';

/** One trainee's signature of one slot; a slot holds at most one per registration. */
export interface AttendanceSignature {
  eventId: string;
  slotId: string;
  registrationId: string;
  signature: SignatureMark;
  signedAt: string;
  via: SigningChannel;
}

/** An address staff named trainer of an event: it signs in by magic link and reaches that event's sheets. */
export interface Trainer {
  eventId: string;
  email: string;
  addedAt: string;
  addedBy: string;
}

/** The room code as the trainer's device shows it: accepted until `expiresAt`. */
export interface RoomCode {
  code: string;
  expiresAt: string;
}

/** What a room code names, as stored for the window it was shown in. */
export interface RoomCodeClaim {
  code: string;
  eventId: string;
  slotId: string;
  /** The minute (epoch minutes) the code was made for. */
  window: number;
  /** The slot's hours, so that signing by code reads this claim alone to know whether the slot is open. */
  startsAt: string;
  endsAt: string;
}
