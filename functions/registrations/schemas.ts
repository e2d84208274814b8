import { z } from '@hono/zod-openapi';
import { LANGUAGES } from '../i18n/language.js';
import { REGISTRATION_STATUSES } from './registration.js';

export const registrationSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    organisation: z.string().optional(),
    role: z.string().optional(),
    status: z.enum(REGISTRATION_STATUSES),
    consent: z.object({ at: z.string(), textVersion: z.string() }),
    newsletter: z.boolean(),
    language: z.enum(LANGUAGES).optional().openapi({ description: 'Langue de ses e-mails (absente : fr).' }),
    waitlistPosition: z.number().int().optional(),
    checkedInAt: z.string().optional(),
    cancelledAt: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Registration');

export const registrationListSchema = z
  .object({ items: z.array(registrationSchema) })
  .openapi('RegistrationList');
