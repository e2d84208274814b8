import type { DocumentedRoute } from '../http/route-docs.js';
import { problem } from '../http/openapi-responses.js';
import { getPublicProgramme } from './public-routes.js';
import { PublicProgrammeSchema } from './public-schemas.js';

/** /openapi.json's account of the public programme route (the full app only). */
export const publicProgrammeRouteDocs: DocumentedRoute[] = [
  [
    getPublicProgramme,
    {
      tags: ['Événements'],
      summary: 'Le programme d’un événement publié : ses sessions par heure de début, et leurs intervenants',
      description:
        'Seuls les intervenants qui ont accepté d’être présentés y figurent ; jamais leur adresse.',
      responses: {
        200: {
          content: { 'application/json': { schema: PublicProgrammeSchema } },
          description: 'Programme.',
        },
        404: problem('Événement inconnu ou pas encore publié.'),
      },
    },
  ],
];
