import * as z from 'zod/mini';
import { apiComponents } from '../http/api-components.js';
import { problem, tooManyRequests } from '../http/openapi-responses.js';
import type { DocumentedRoute } from '../http/route-docs.js';
import { codeSigningRoute } from './public-routes.js';
import { codeSigningBodySchema } from './public-schemas.js';

apiComponents.add(codeSigningBodySchema, { id: 'CodeSigningBody' });

const signedSchema = z
  .object({ slotId: z.string(), signedAt: z.string() })
  .register(apiComponents, { id: 'CodeSigned' });

/** /openapi.json's account of signing with the room code (the full app only). */
export const attendanceRouteDocs: DocumentedRoute[] = [
  [
    codeSigningRoute,
    {
      tags: ['Émargement'],
      summary: 'Signer une demi-journée avec le code de la salle',
      description:
        'La signature est un tracé (`path`, données de tracé SVG, 32 Ko au plus) ou le nom complet tapé (`typedName`). ' +
        'Un code faux ou expiré et une adresse qui n’est pas celle d’un inscrit confirmé reçoivent la même réponse.',
      responses: {
        201: {
          description: 'Signature enregistrée.',
          content: { 'application/json': { schema: signedSchema } },
        },
        200: {
          description: 'Déjà signée : la première signature est gardée.',
          content: { 'application/json': { schema: signedSchema } },
        },
        400: problem('Code ou adresse non reconnus, ou signature invalide.'),
        409: problem('Demi-journée fermée (pas encore ouverte, terminée, ou close par le formateur).'),
        429: tooManyRequests(
          'Trop de signatures avec ce code, pour cette adresse ou de ce client en une minute.',
        ),
      },
    },
  ],
];
