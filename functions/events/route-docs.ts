import type { DocumentedRoute } from '../http/route-docs.js';
import { getPublicEvent, listPublicEvents } from './public-routes.js';
import { PublicEventListSchema, PublicEventSchema } from './public-schemas.js';
import { problem } from '../http/openapi-responses.js';

const tags = ['Événements'];

/** /openapi.json's account of the public event routes (the full app only). */
export const publicEventRouteDocs: DocumentedRoute[] = [
  [
    listPublicEvents,
    {
      tags,
      summary: 'Les événements publiés à venir, du plus proche au plus lointain',
      responses: {
        200: {
          content: { 'application/json': { schema: PublicEventListSchema } },
          description: 'Événements.',
        },
      },
    },
  ],
  [
    getPublicEvent,
    {
      tags,
      summary: 'Un événement publié, annulé ou terminé',
      responses: {
        200: { content: { 'application/json': { schema: PublicEventSchema } }, description: 'Événement.' },
        404: problem('Événement inconnu ou pas encore publié.'),
      },
    },
  ],
];
