import * as z from 'zod/mini';
import { apiComponents } from '../http/api-components.js';
import { EVENT_KINDS, EVENT_STATUSES } from './event.js';

const unlimited = z.describe('null : places illimitées.');

/**
 * What anyone may see. Never the join URL: only confirmed registrants receive it, by mail. The public API answers
 * with toPublicView (event-views.ts), typed by this schema; the schema itself documents it (route-docs.ts).
 */
export const PublicEventSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    kind: z.enum(EVENT_KINDS),
    title: z.string(),
    summary: z.string(),
    description: z.string().check(z.describe('Markdown, tel que saisi par l’équipe.')),
    descriptionHtml: z.string().check(z.describe('La description rendue en HTML sûr.')),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.literal('Europe/Paris'),
    capacity: z.nullable(z.int()).check(unlimited),
    seatsLeft: z.nullable(z.int()).check(unlimited),
    waitlistOpen: z
      .boolean()
      .check(z.describe('Complet, mais une inscription maintenant irait en liste d’attente.')),
    registrationOpen: z.boolean(),
    registrationClosesAt: z.string(),
    venue: z.optional(z.object({ name: z.string(), address: z.string(), city: z.string() })),
    online: z.boolean().check(z.describe('L’événement se suit en ligne (lien envoyé aux inscrits).')),
    speakers: z.optional(z.array(z.string())),
    organiser: z.optional(z.string()),
    status: z.enum(EVENT_STATUSES),
    url: z.string(),
  })
  .register(apiComponents, { id: 'PublicEvent' });
export type PublicEventView = z.output<typeof PublicEventSchema>;

export const PublicEventListSchema = z
  .object({ items: z.array(PublicEventSchema) })
  .register(apiComponents, { id: 'PublicEventList' });
