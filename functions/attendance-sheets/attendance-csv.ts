import { spreadsheetCsv } from '../registrations/registrations-csv.js';
import { parisShortDateTime } from '../shared/paris-dates.js';
import type { AttendanceSheet } from './attendance-sheet.js';

/**
 * One row per confirmed registrant, one column per half-day (when they signed, or « absent »), written as the
 * registrations export is: UTF-8 with a BOM, `;`, CRLF, formulas neutralised.
 */
export function attendanceCsvFile(sheet: AttendanceSheet): { filename: string; csv: string } {
  const headers = ['Prénom', 'Nom', 'E-mail', 'Organisation', ...sheet.slots.map((slot) => slot.label)];
  const records = sheet.registrants.map((registrant) => [
    registrant.firstName,
    registrant.lastName,
    registrant.email,
    registrant.organisation ?? '',
    ...sheet.slots.map((slot) => {
      const signature = sheet.signatures.get(slot.id)?.get(registrant.id);
      return signature ? `signé le ${parisShortDateTime(signature.signedAt)}` : 'absent';
    }),
  ]);
  return { filename: `emargement-${sheet.event.slug}.csv`, csv: spreadsheetCsv(headers, records) };
}
