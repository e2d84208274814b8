import * as z from 'zod/mini';
import { lazy } from '../shared/lazy.js';
import { isoDateTime } from '../shared/zod-mini-schemas.js';
import { EVENT_KINDS, EVENT_STATUSES, type HubEvent } from '../events/event.js';
import { REGISTRATION_STATUSES, type Registration } from '../registrations/registration.js';
import { LANGUAGES } from '../i18n/language.js';
import type { ConfirmationMail } from '../newsletter/newsletter-confirmations.js';

/** Bumped when a message changes shape; a worker refuses versions it does not know (they reach the DLQ). */
export const MAIL_MESSAGE_VERSION = 1;

/** Registrant mails that take the event and the registration only. */
export const REGISTRANT_MAIL_KINDS = [
  'confirmed',
  'waitlisted',
  'promoted',
  'cancelled',
  'eventUpdated',
  'eventCancelled',
  'replayAvailable',
] as const;

/**
 * The message schema, built on first use: its ~40 zod schemas take ~7 ms to build, and a cold start of the public
 * function, which only queues mail when someone registers or subscribes, does not need them for a page view.
 */
function buildMailMessageSchema() {
  // Far below a table item's 400 KB (a message is an outbox item in AWS), far above what the forms accept.
  const text = z.string().check(z.maxLength(50_000));

  /** The event as the request read it (HubEvent has no Date: its instants are ISO strings, kept as stored). */
  const hubEventSchema = z.object({
    id: text,
    slug: text,
    kind: z.enum(EVENT_KINDS),
    title: text,
    summary: text,
    description: text,
    startsAt: text,
    endsAt: text,
    capacity: z.optional(z.int()),
    waitlist: z.boolean(),
    venue: z.optional(z.object({ name: text, address: text, city: text })),
    joinUrl: z.optional(text),
    registrationClosesAt: z.optional(text),
    speakers: z.optional(z.array(text)),
    organiser: z.optional(text),
    certificateThreshold: z.optional(z.number()),
    surveyNamed: z.optional(z.boolean()),
    replayRegistration: z.optional(z.boolean()),
    translations: z.optional(
      z.object({
        en: z.optional(
          z.object({ title: z.optional(text), summary: z.optional(text), description: z.optional(text) }),
        ),
      }),
    ),
    status: z.enum(EVENT_STATUSES),
    sequence: z.int(),
    confirmedCount: z.int(),
    waitlistedCount: z.int(),
    createdAt: text,
    updatedAt: text,
  }) satisfies z.ZodMiniType<HubEvent>;

  const registrationSchema = z.object({
    id: text,
    eventId: text,
    firstName: text,
    lastName: text,
    email: z.email(),
    organisation: z.optional(text),
    role: z.optional(text),
    status: z.enum(REGISTRATION_STATUSES),
    consent: z.object({ at: text, textVersion: text }),
    newsletter: z.boolean(),
    language: z.optional(z.enum(LANGUAGES)),
    waitlistPosition: z.optional(z.int()),
    checkedInAt: z.optional(text),
    cancelledAt: z.optional(text),
    createdAt: text,
    updatedAt: text,
  }) satisfies z.ZodMiniType<Registration>;

  /** JSON has no Date: `expiresAt` travels as its ISO string and is revived here. */
  const confirmationMailSchema = z.object({
    to: z.email(),
    topicNames: z.array(text).check(z.maxLength(100)),
    confirmUrl: z.url({ protocol: /^https?$/ }),
    expiresAt: z.pipe(
      isoDateTime(),
      z.transform((value: string) => new Date(value)),
    ),
    language: z.optional(z.enum(LANGUAGES)),
  }) satisfies z.ZodMiniType<ConfirmationMail, unknown>;

  /**
   * `id` is made when the message is queued and names the mail, not its delivery: the table's stream hands a
   * record over again when its batch is retried or redriven, the local queue when its message failed, and the
   * worker sends one mail per id.
   */
  const envelope = { v: z.literal(MAIL_MESSAGE_VERSION), id: z.uuid() };

  /**
   * One transactional mail to send, with snapshots of what the request decided (the event and registration as
   * they were then), so that the mail says what the request saw even if they change before it leaves.
   */
  return z.discriminatedUnion('kind', [
    z.object({
      ...envelope,
      kind: z.enum(REGISTRANT_MAIL_KINDS),
      event: hubEventSchema,
      registration: registrationSchema,
    }),
    z.object({
      ...envelope,
      kind: z.literal('reminder'),
      reminder: z.enum(['day-before', 'hour-before']),
      event: hubEventSchema,
      registration: registrationSchema,
    }),
    z.object({ ...envelope, kind: z.literal('newsletterConfirmation'), mail: confirmationMailSchema }),
    z.object({
      ...envelope,
      kind: z.literal('surveyInvitation'),
      event: hubEventSchema,
      registration: registrationSchema,
      surveyUrl: z.url({ protocol: /^https?$/ }),
      reminder: z.boolean(),
    }),
  ]);
}

const mailMessageSchema = lazy(buildMailMessageSchema);

export type MailMessage = z.output<ReturnType<typeof buildMailMessageSchema>>;

/** Reads a queued body; throws on anything that is not a message of a known version. */
export function parseMailMessage(body: string): MailMessage {
  return mailMessageSchema().parse(JSON.parse(body));
}
