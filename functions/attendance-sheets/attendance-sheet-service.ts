import type { AttendanceReader } from '../attendance/attendance-store.js';
import type { EventReader } from '../events/event-store.js';
import type { RegistrationReader } from '../registrations/registration-store.js';
import { NotFoundError } from '../shared/errors.js';
import { attendanceSheet, type AttendanceSheet } from './attendance-sheet.js';

/** Reads what an event's attendance sheet shows. */
export class AttendanceSheetService {
  constructor(
    private readonly deps: {
      events: EventReader;
      registrations: RegistrationReader;
      attendance: AttendanceReader;
    },
  ) {}

  async sheet(eventId: string): Promise<AttendanceSheet> {
    const event = await this.deps.events.get(eventId);
    if (!event) throw new NotFoundError('Cet événement est introuvable.');
    const [slots, registrations, signatures] = await Promise.all([
      this.deps.attendance.slots(eventId),
      this.deps.registrations.listByEvent(eventId),
      this.deps.attendance.signatures(eventId),
    ]);
    return attendanceSheet(event, slots, registrations, signatures);
  }
}
