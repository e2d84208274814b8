import { createRoute } from '@hono/zod-openapi';
import type { HubApp } from '../http/env.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import { staffSecurity } from '../auth/openapi-security.js';
import { EventIdParamsSchema } from '../events/schemas.js';
import type { CertificateService } from './certificate-service.js';
import {
  CertificateListSchema,
  CertificateProofSchema,
  IssueOutcomeSchema,
  certificateNumberParams,
} from './schemas.js';

const tags = ['Équipe — attestations'];

const issueRoute = createRoute({
  method: 'post',
  path: '/api/admin/events/{id}/certificates',
  tags,
  security: staffSecurity,
  summary: 'Délivrer les attestations de présence',
  description:
    'Une attestation à chaque inscrit confirmé dont les heures émargées atteignent `certificateThreshold` des heures prévues (1 par défaut), envoyée par courriel (PDF joint). Rejouer l’appel ne délivre rien à qui en a déjà une.',
  request: { params: EventIdParamsSchema },
  responses: {
    200: {
      description: 'Combien ont été délivrées, combien non.',
      content: { 'application/json': { schema: IssueOutcomeSchema } },
    },
    401: problem('Session d’équipe requise.'),
    404: problem('Événement inconnu.'),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}/certificates',
  tags,
  security: staffSecurity,
  summary: 'Les attestations délivrées pour un événement',
  request: { params: EventIdParamsSchema },
  responses: {
    200: {
      description: 'Attestations.',
      content: { 'application/json': { schema: CertificateListSchema } },
    },
    401: problem('Session d’équipe requise.'),
  },
});

const revokeRoute = createRoute({
  method: 'post',
  path: '/api/admin/certificates/{number}/revoke',
  tags,
  security: staffSecurity,
  summary: 'Révoquer une attestation (sa vérification dit alors « révoqué »)',
  request: { params: certificateNumberParams },
  responses: {
    200: {
      description: 'L’attestation révoquée, telle que la page de vérification la montre.',
      content: { 'application/json': { schema: CertificateProofSchema } },
    },
    401: problem('Session d’équipe requise.'),
    404: problem('Numéro inconnu.'),
  },
});

/** The staff API of certificates: issue an event's, list them, revoke one. */
export function certificateRoutes(deps: { certificates: CertificateService }): HubApp {
  const app = staffSubApp();
  app.openapi(issueRoute, async (c) =>
    c.json(await deps.certificates.issueForEvent(c.req.valid('param').id), 200),
  );

  app.openapi(listRoute, async (c) => {
    const certificates = await deps.certificates.listForEvent(c.req.valid('param').id);
    const items = certificates.map((certificate) => ({
      number: certificate.number,
      registrationId: certificate.registrationId,
      firstName: certificate.firstName,
      lastName: certificate.lastName,
      ...(certificate.organisation ? { organisation: certificate.organisation } : {}),
      attendedMinutes: certificate.attendedMinutes,
      plannedMinutes: certificate.plannedMinutes,
      issuedAt: certificate.issuedAt,
      ...(certificate.revokedAt ? { revokedAt: certificate.revokedAt } : {}),
    }));
    return c.json({ items }, 200);
  });

  app.openapi(revokeRoute, async (c) =>
    c.json(await deps.certificates.revoke(c.req.valid('param').number), 200),
  );
  return app;
}
