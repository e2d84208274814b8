import * as z from 'zod/mini';
import { apiComponents } from '../http/api-components.js';

/** A speaker in the public programme: consenting speakers only, never their address. */
const PublicSpeakerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.optional(z.string()),
    organisation: z.optional(z.string()),
  })
  .register(apiComponents, { id: 'PublicSpeaker' });

/** The public programme, ordered by start; documents GET /api/events/{slug}/programme (route-docs.ts). */
export const PublicProgrammeSchema = z
  .object({
    sessions: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        startsAt: z.string(),
        endsAt: z.string(),
        room: z.nullable(z.string()),
        descriptionHtml: z.string().check(z.describe('La description rendue en HTML sûr (vide : aucune).')),
        speakers: z.array(PublicSpeakerSchema),
      }),
    ),
  })
  .register(apiComponents, { id: 'PublicProgramme' });
