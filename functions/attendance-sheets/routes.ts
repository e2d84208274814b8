import { createRoute } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import { staffSecurity } from '../auth/openapi-security.js';
import { EventIdParamsSchema } from '../events/schemas.js';
import { contentDisposition } from '../blobs/content-disposition.js';
import type { AttendanceSheetService } from './attendance-sheet-service.js';
import { attendanceSheetPdf } from './attendance-sheet-pdf.js';
import { attendanceCsvFile } from './attendance-csv.js';

const tags = ['Équipe — émargement'];

const pdfRoute = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}/attendance.pdf',
  tags,
  security: staffSecurity,
  summary: 'La feuille d’émargement (PDF A4, une page par demi-journée ou plus)',
  request: { params: EventIdParamsSchema },
  responses: {
    200: {
      description: 'Fichier PDF.',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    },
    401: problem('Session d’équipe requise.'),
    404: problem('Événement inconnu.'),
  },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}/attendance.csv',
  tags,
  security: staffSecurity,
  summary: 'L’émargement en CSV : une ligne par inscrit confirmé, une colonne par demi-journée',
  request: { params: EventIdParamsSchema },
  responses: {
    200: { description: 'Fichier CSV.', content: { 'text/csv': { schema: { type: 'string' } } } },
    401: problem('Session d’équipe requise.'),
    404: problem('Événement inconnu.'),
  },
});

/** The attendance sheet of an event, as a PDF and as a CSV. */
export function attendanceSheetRoutes(deps: { sheets: AttendanceSheetService; organiser: string }): HubApp {
  const app = staffSubApp();
  app.openapi(pdfRoute, async (c) => {
    const sheet = await deps.sheets.sheet(c.req.valid('param').id);
    const pdf = await attendanceSheetPdf(sheet, deps.organiser);
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition(`emargement-${sheet.event.slug}.pdf`, false),
      'cache-control': 'no-store',
    });
  });

  app.openapi(csvRoute, async (c) => {
    const { filename, csv } = attendanceCsvFile(await deps.sheets.sheet(c.req.valid('param').id));
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    });
  });
  return app;
}
