import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../../http/env.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import { notFoundPage } from '../../pages/not-found-page.js';
import { renderPage } from '../../pages/render.js';
import { NotFoundError } from '../../shared/errors.js';
import { contentDisposition } from '../../blobs/content-disposition.js';
import type { CertificateService } from '../certificate-service.js';
import { CertificatePage } from './certificate-page.js';

/**
 * The verification page anyone reaches from a certificate's QR code, and the download of the mail's personal
 * link. Served by the full app (the public function's routes do not include them), so that the PDF writer never
 * weighs on the public site's cold starts.
 */
export function certificatePages(deps: { certificates: CertificateService }): HubApp {
  const app = staffSubApp();
  app.get('/certificats/:number', async (c) =>
    orNotFound(c, async () => {
      const proof = await deps.certificates.verify(c.req.param('number'));
      return renderPage(c, <CertificatePage proof={proof} />, 200, {
        'cache-control': 'no-store',
        'x-robots-tag': 'noindex',
      });
    }),
  );

  app.get('/certificats/:number/attestation.pdf', async (c) =>
    orNotFound(c, async () => {
      const { certificate, pdf } = await deps.certificates.download(
        c.req.param('number'),
        c.req.query('token') ?? '',
      );
      return c.body(new Uint8Array(pdf), 200, {
        'content-type': 'application/pdf',
        'content-disposition': contentDisposition(`attestation-${certificate.number}.pdf`, false),
        'cache-control': 'private, no-store',
      });
    }),
  );
  return app;
}

async function orNotFound(c: Context<HubEnv>, answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundPage(c);
    throw error;
  }
}
