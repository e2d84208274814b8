import type { HubEvent } from '../events/event.js';
import type { Registration } from '../registrations/registration.js';
import type { AttendanceSignature, Slot } from '../attendance/slot.js';

/** Everything an attendance sheet shows of an event: its half-days, its confirmed registrants, their signatures. */
export interface AttendanceSheet {
  event: HubEvent;
  slots: Slot[];
  /** Confirmed registrants, by last name then first name. */
  registrants: Registration[];
  /** By slot id, then registration id. */
  signatures: Map<string, Map<string, AttendanceSignature>>;
}

export function attendanceSheet(
  event: HubEvent,
  slots: Slot[],
  registrations: Registration[],
  signatures: AttendanceSignature[],
): AttendanceSheet {
  const bySlot = new Map<string, Map<string, AttendanceSignature>>(slots.map((slot) => [slot.id, new Map()]));
  for (const signature of signatures) bySlot.get(signature.slotId)?.set(signature.registrationId, signature);
  const registrants = registrations
    .filter((registration) => registration.status === 'confirmed')
    .sort(
      (a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'),
    );
  return { event, slots, registrants, signatures: bySlot };
}
