import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../registrations/registrations-csv.js';
import { parisShortDateTime } from '../shared/paris-dates.js';
import type { Replay, ReplayFile, ReplayView } from './replay.js';

const KIND_LABELS: Record<ReplayView['kind'], string> = {
  page: 'Page ouverte',
  video: 'Vidéo lue',
  slides: 'Diapositives téléchargées',
};

/** The replay audit as the registrations export writes it: UTF-8 with BOM, `;`, CRLF, Paris times. */
export function replayViewsCsv(views: ReplayView[], replays: Replay[], files: ReplayFile[]): string {
  const titles = new Map(replays.map((replay) => [replay.id, replay.title]));
  const names = new Map(files.map((file) => [file.id, file.name]));
  return stringify(
    views.map((view) =>
      [
        parisShortDateTime(view.at),
        KIND_LABELS[view.kind],
        view.replayId ? (titles.get(view.replayId) ?? '') : '',
        view.fileId ? (names.get(view.fileId) ?? '') : '',
        view.email ?? 'adresse effacée',
      ].map(neutraliseFormula),
    ),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: '\r\n',
      quoted_match: /[\r\n]/,
      header: true,
      columns: ['Date (Paris)', 'Action', 'Replay', 'Fichier', 'E-mail'],
    },
  );
}
