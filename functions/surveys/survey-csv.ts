import type { HubEvent } from '../events/event.js';
import { spreadsheetCsv } from '../registrations/registrations-csv.js';
import type { Registration } from '../registrations/registration.js';
import { parisShortDateTime } from '../shared/paris-dates.js';
import type { SurveyAnswer } from './survey.js';
import { anonymousOrder } from './survey-rules.js';

const ANSWER_COLUMNS: [header: string, cell: (answer: SurveyAnswer) => string][] = [
  ['Appréciation générale', (a) => String(a.overall)],
  ['Contenu', (a) => String(a.content)],
  ['Formateurs ou intervenants', (a) => String(a.trainers)],
  ['Recommanderait', (a) => (a.recommend ? 'Oui' : 'Non')],
  ['Commentaire', (a) => a.comment ?? ''],
];

const NAME_COLUMNS: [header: string, cell: (registration?: Registration) => string][] = [
  ['Prénom', (r) => r?.firstName ?? ''],
  ['Nom', (r) => r?.lastName ?? ''],
  ['Organisation', (r) => r?.organisation ?? ''],
];

export interface SurveyRow {
  answer: SurveyAnswer;
  registration?: Registration;
}

/**
 * The answers as the registrations export writes CSV (UTF-8 with BOM, `;`, formulas neutralised). Anonymous
 * unless the event has `surveyNamed`: then the names and the answer's date come first.
 */
export function surveyCsvFile(
  event: Pick<HubEvent, 'slug' | 'surveyNamed'>,
  rows: SurveyRow[],
): { filename: string; csv: string } {
  const named = event.surveyNamed === true;
  const ordered = named ? rows : [...rows].sort((a, b) => anonymousOrder(a.answer, b.answer));
  const headers = [
    ...(named ? [...NAME_COLUMNS.map(([header]) => header), 'Répondu le'] : []),
    ...ANSWER_COLUMNS.map(([header]) => header),
  ];
  const records = ordered.map(({ answer, registration }) => [
    ...(named
      ? [...NAME_COLUMNS.map(([, cell]) => cell(registration)), parisShortDateTime(answer.updatedAt)]
      : []),
    ...ANSWER_COLUMNS.map(([, cell]) => cell(answer)),
  ]);
  return { filename: `enquete-${event.slug}.csv`, csv: spreadsheetCsv(headers, records) };
}
