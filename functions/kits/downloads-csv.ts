import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../registrations/registrations-csv.js';
import type { KitDownload } from './kit.js';
import type { Organisation } from '../partners/organisation.js';

/**
 * Download counts per version and organisation, as the registrations export writes CSV: UTF-8 with
 * a BOM, `;` between cells, CRLF, formulas neutralised.
 */
export function downloadsCsv(downloads: KitDownload[], organisations: Organisation[]): string {
  const names = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  const rows = new Map<string, { version: number; organisation: string; files: number; zips: number }>();
  for (const download of downloads) {
    const organisation = download.organisationId
      ? (names.get(download.organisationId) ?? download.organisationId)
      : 'Sans organisation';
    const key = `${download.version}\n${organisation}`;
    const row = rows.get(key) ?? { version: download.version, organisation, files: 0, zips: 0 };
    if (download.assetId) row.files++;
    else row.zips++;
    rows.set(key, row);
  }
  const sorted = [...rows.values()].sort(
    (a, b) => a.version - b.version || a.organisation.localeCompare(b.organisation, 'fr'),
  );
  return stringify(
    sorted.map((row) =>
      [
        String(row.version),
        row.organisation,
        String(row.files),
        String(row.zips),
        String(row.files + row.zips),
      ].map(neutraliseFormula),
    ),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: '\r\n',
      quoted_match: /[\r\n]/,
      header: true,
      columns: ['Version', 'Organisation', 'Fichiers téléchargés', 'Archives ZIP', 'Total'],
    },
  );
}
