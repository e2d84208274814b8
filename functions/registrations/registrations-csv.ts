import { stringify } from 'csv-stringify/sync';
import type { HubEvent } from '../events/event.js';
import { parisShortDateTime } from '../shared/paris-dates.js';
import { LANGUAGE_NAMES } from '../i18n/language-names.js';
import type { Registration, RegistrationStatus } from './registration.js';

const STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: 'Confirmée',
  waitlisted: 'Liste d’attente',
  cancelled: 'Annulée',
  replay: 'Replay',
};

const COLUMNS: [header: string, cell: (registration: Registration) => string][] = [
  ['Prénom', (r) => r.firstName],
  ['Nom', (r) => r.lastName],
  ['E-mail', (r) => r.email],
  ['Organisation', (r) => r.organisation ?? ''],
  ['Fonction', (r) => r.role ?? ''],
  ['Statut', (r) => STATUS_LABELS[r.status]],
  [
    'Position en liste d’attente',
    (r) => (r.waitlistPosition === undefined ? '' : String(r.waitlistPosition)),
  ],
  ['Inscrit le', (r) => parisTime(r.createdAt)],
  ['Présent le', (r) => parisTime(r.checkedInAt)],
  ['Annulé le', (r) => parisTime(r.cancelledAt)],
  ['Lettre d’information', (r) => (r.newsletter ? 'Oui' : 'Non')],
  ['Langue', (r) => LANGUAGE_NAMES[r.language ?? 'fr']],
  ['Consentement (version du texte)', (r) => r.consent.textVersion],
];

// A spreadsheet would run these as formulas (CSV injection); a leading apostrophe makes them text.
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The registrations as French spreadsheet software opens them without an import dialog:
 * UTF-8 with a BOM, `;` between cells, CRLF between rows, dates in Paris time.
 */
export function registrationsCsv(registrations: Registration[]): string {
  return stringify(
    registrations.map((registration) => COLUMNS.map(([, cell]) => neutraliseFormula(cell(registration)))),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: '\r\n',
      // A lone CR or LF would otherwise be left unquoted and split the row in spreadsheets.
      quoted_match: /[\r\n]/,
      header: true,
      columns: COLUMNS.map(([header]) => header),
    },
  );
}

/** Rows of text cells written by the same rules as the registrations export (BOM, `;`, CRLF, no formulas). */
export function spreadsheetCsv(headers: string[], rows: string[][]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseFormula)),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: '\r\n',
      quoted_match: /[\r\n]/,
      header: true,
      columns: headers,
    },
  );
}

/** The export staff download: the file is named after the event. */
export function registrationsCsvFile(
  event: Pick<HubEvent, 'slug'>,
  registrations: Registration[],
): { filename: string; csv: string } {
  return { filename: `inscriptions-${event.slug}.csv`, csv: registrationsCsv(registrations) };
}

function parisTime(iso: string | undefined): string {
  return iso ? parisShortDateTime(iso) : '';
}
