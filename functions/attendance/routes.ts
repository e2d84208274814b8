import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../http/env.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';
import type { AttendanceService, SlotWithCount } from './attendance-service.js';
import type { Signed } from './attendance-signing-service.js';
import {
  CloseSlotBodySchema,
  DeviceSignatureBodySchema,
  EventParamsSchema,
  PutSlotsBodySchema,
  RoomCodeSchema,
  SignedSchema,
  SlotListSchema,
  SlotParamsSchema,
  SlotSchema,
  TrainerBodySchema,
  TrainerSchema,
} from './schemas.js';

const tags = ['Équipe — émargement'];
const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const refusals = {
  400: problem('Données invalides (messages par champ).'),
  401: problem('Session requise (équipe ou formateur de l’événement).'),
  403: problem('Un formateur n’accède qu’aux feuilles de ses événements.'),
  404: problem('Événement ou demi-journée inconnus.'),
};
const jsonBody = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

const listSlots = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}/slots',
  tags,
  summary: 'Les demi-journées d’émargement d’un événement',
  description:
    'Dérivées des dates (chaque jour de Paris, de l’heure de début à l’heure de fin, coupé à 13 h, une partie de moins d’une heure écartée), sauf si l’équipe les a remplacées.',
  request: { params: EventParamsSchema },
  responses: { 200: json(SlotListSchema, 'Demi-journées.'), ...refusals },
});

const replaceSlots = createRoute({
  method: 'put',
  path: '/api/admin/events/{id}/slots',
  tags,
  summary: 'Remplacer les demi-journées (équipe seulement)',
  request: { params: EventParamsSchema, body: jsonBody(PutSlotsBodySchema) },
  responses: {
    200: json(SlotListSchema, 'Demi-journées enregistrées.'),
    ...refusals,
    409: problem('Émargement non activé pour cet événement.'),
  },
});

const roomCode = createRoute({
  method: 'get',
  path: '/api/admin/events/{id}/slots/{slotId}/code',
  tags,
  summary: 'Le code de salle de la demi-journée',
  description:
    'Huit caractères faciles à taper, qui changent chaque minute et restent valables la minute suivante ; donné seulement de 30 min avant le début à 2 h après la fin, tant que la demi-journée n’est pas close.',
  request: { params: SlotParamsSchema },
  responses: {
    200: json(RoomCodeSchema, 'Code de salle.'),
    ...refusals,
    409: problem('Demi-journée pas encore ouverte, terminée ou close.'),
  },
});

const signOnDevice = createRoute({
  method: 'post',
  path: '/api/admin/events/{id}/slots/{slotId}/signatures',
  tags,
  summary: 'Signature d’un inscrit sur l’appareil du formateur',
  description: 'Une seconde signature de la même demi-journée répond 200 et garde la première.',
  request: { params: SlotParamsSchema, body: jsonBody(DeviceSignatureBodySchema) },
  responses: {
    201: json(SignedSchema, 'Signature enregistrée.'),
    200: json(SignedSchema, 'Déjà signée : la première signature est gardée.'),
    ...refusals,
    409: problem('Demi-journée fermée, ou inscription non confirmée.'),
  },
});

const closeSlot = createRoute({
  method: 'post',
  path: '/api/admin/events/{id}/slots/{slotId}/close',
  tags,
  summary: 'Contresigner et clore la demi-journée',
  request: { params: SlotParamsSchema, body: jsonBody(CloseSlotBodySchema) },
  responses: {
    200: json(SlotSchema, 'Demi-journée close.'),
    ...refusals,
    409: problem('Déjà close.'),
  },
});

const addTrainer = createRoute({
  method: 'post',
  path: '/api/admin/events/{id}/trainers',
  tags,
  summary: 'Nommer un formateur (il se connecte par lien, et ne voit que les feuilles de cet événement)',
  request: { params: EventParamsSchema, body: jsonBody(TrainerBodySchema) },
  responses: {
    201: json(TrainerSchema, 'Formateur nommé.'),
    ...refusals,
    409: problem('Émargement non activé pour cet événement.'),
  },
});

export interface AttendanceRouteDeps {
  attendance: AttendanceService;
}

/** The attendance API of staff and of the event's trainers (auth/trainer-scope.ts says which). */
export function attendanceRoutes({ attendance }: AttendanceRouteDeps): HubApp {
  const app = staffSubApp();

  app.openapi(listSlots, async (c) => {
    const slots = await attendance.slotsWithCounts(c.req.valid('param').id);
    return c.json({ items: slots.map(slotView) }, 200);
  });

  app.openapi(replaceSlots, async (c) => {
    const slots = await attendance.replaceSlots(c.req.valid('param').id, c.req.valid('json').items);
    return c.json({ items: slots.map(slotView) }, 200);
  });

  app.openapi(roomCode, async (c) => {
    const { id, slotId } = c.req.valid('param');
    c.header('Cache-Control', 'no-store');
    return c.json(await attendance.code(id, slotId), 200);
  });

  app.openapi(signOnDevice, async (c) => {
    const { id, slotId } = c.req.valid('param');
    const { registrationId, signature } = c.req.valid('json');
    const signed = await attendance.signOnDevice(id, slotId, registrationId, signature);
    return c.json(signedView(signed), signed.created ? 201 : 200);
  });

  app.openapi(closeSlot, async (c) => {
    const { id, slotId } = c.req.valid('param');
    const slot = await attendance.close(id, slotId, c.req.valid('json').signature, signedInEmail(c));
    const counts = await attendance.slotsWithCounts(id);
    return c.json(
      slotView({ ...slot, signedCount: counts.find((s) => s.id === slotId)?.signedCount ?? 0 }),
      200,
    );
  });

  app.openapi(addTrainer, async (c) => {
    const trainer = await attendance.addTrainer(
      c.req.valid('param').id,
      c.req.valid('json').email,
      signedInEmail(c),
    );
    return c.json({ eventId: trainer.eventId, email: trainer.email, addedAt: trainer.addedAt }, 201);
  });
  return app;
}

function signedInEmail(c: Context<HubEnv>): string {
  return c.get('user')?.email ?? '';
}

export function slotView(slot: SlotWithCount) {
  return {
    id: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    label: slot.label,
    signedCount: slot.signedCount,
    ...(slot.closing ? { closedAt: slot.closing.closedAt, closedBy: slot.closing.closedBy } : {}),
  };
}

export function signedView({ signature }: Signed) {
  return { slotId: signature.slotId, signedAt: signature.signedAt };
}
