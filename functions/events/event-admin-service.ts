import type { Clock } from '../shared/clock.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { logger } from '../shared/logger.js';
import type { RegistrationNotifier } from '../registrations/notifier.js';
import type { RegistrationReader } from '../registrations/registration-store.js';
import type { Registration, RegistrationStatus } from '../registrations/registration.js';
import type { HubEvent } from './event.js';
import { SlugTakenError, type EventChanges, type EventAdminStore } from './event-store.js';
import {
  assertCanCancel,
  assertCanEdit,
  assertCanPublish,
  changesDateOrPlace,
  eventRuleViolations,
  RESERVED_EVENT_SLUGS,
  rescheduling,
  slugCandidate,
  slugify,
  slugWithSuffix,
} from './events-rules.js';
import type { EventService } from './event-service.js';

/** What staff give to create an event (already validated field by field). */
export type NewEvent = Pick<HubEvent, 'kind' | 'title' | 'summary' | 'description' | 'startsAt' | 'endsAt'> &
  Partial<
    Pick<
      HubEvent,
      | 'capacity'
      | 'waitlist'
      | 'venue'
      | 'joinUrl'
      | 'registrationClosesAt'
      | 'speakers'
      | 'organiser'
      | 'attendance'
      | 'certificateThreshold'
      | 'surveyNamed'
      | 'replayRegistration'
      | 'translations'
    >
  >;

/** Hands freed seats to the waitlist (the registrations module does it, and tells each promoted person). */
export interface WaitlistPromoter {
  promoteWaitlisted(eventId: string): Promise<unknown>;
}

/**
 * Renders a Markdown description to sanitised HTML (no raw HTML, only http(s) and mailto links). Called
 * when staff save an event, so reading one never renders anything.
 */
export type DescriptionRenderer = (markdown: string) => Promise<string>;

/** A staff edit: absent = unchanged, null = removed. Status changes go through publish and cancel. */
export type EventPatch = Omit<EventChanges, 'status'>;

const MAX_SLUG_ATTEMPTS = 50;
// Mails go out a few at a time: fast enough for a few hundred registrants, gentle on the mail service.
const NOTIFY_CONCURRENCY = 5;

type Notification = 'eventUpdated' | 'eventCancelled';

/**
 * Events for staff: create, edit, publish and cancel them, and tell their registrants. The public reads are
 * the public service's, so that the full app serves both from one object.
 */
export class EventAdminService {
  constructor(
    private readonly events: EventService,
    private readonly store: EventAdminStore,
    private readonly registrations: RegistrationReader,
    private readonly notifier: RegistrationNotifier,
    private readonly clock: Clock,
    private readonly waitlist: WaitlistPromoter,
    private readonly renderDescription: DescriptionRenderer,
  ) {}

  getPublicBySlug(slug: string): Promise<HubEvent> {
    return this.events.getPublicBySlug(slug);
  }

  listUpcoming(): Promise<HubEvent[]> {
    return this.events.listUpcoming();
  }

  listPast(): Promise<HubEvent[]> {
    return this.events.listPast();
  }

  listPublished(): Promise<HubEvent[]> {
    return this.events.listPublished();
  }

  /** Creates a draft; the slug comes from the title, with `-2`, `-3`… when another event has it. */
  async create(input: NewEvent): Promise<HubEvent> {
    const base = slugify(input.title);
    const descriptionHtml = await this.renderDescription(input.description);
    const translations = input.translations && (await this.renderTranslations(input.translations));
    for (let attempt = 1; ; attempt++) {
      // After fifty events with one title, a random suffix ends the search.
      const slug =
        attempt <= MAX_SLUG_ATTEMPTS
          ? slugCandidate(base, attempt)
          : slugWithSuffix(base, newId().slice(-8).toLowerCase());
      if (RESERVED_EVENT_SLUGS.has(slug)) continue;
      const event = this.draft(
        { ...input, ...(translations ? { translations } : {}) },
        slug,
        descriptionHtml,
      );
      try {
        await this.store.create(event);
        return event;
      } catch (error) {
        if (!(error instanceof SlugTakenError)) throw error;
      }
    }
  }

  /** The English version as stored: its description rendered on save, as the French one. */
  private async renderTranslations(
    translations: NonNullable<HubEvent['translations']>,
  ): Promise<NonNullable<HubEvent['translations']>> {
    const { descriptionHtml: _ignored, ...english } = translations.en ?? {};
    if (!english.description) return translations.en ? { en: english } : {};
    return { en: { ...english, descriptionHtml: await this.renderDescription(english.description) } };
  }

  private draft(input: NewEvent, slug: string, descriptionHtml: string): HubEvent {
    const now = this.clock.now().toISOString();
    return {
      ...input,
      descriptionHtml,
      id: newId(),
      slug,
      waitlist: input.waitlist ?? false,
      status: 'draft',
      sequence: 0,
      confirmedCount: 0,
      waitlistedCount: 0,
      createdAt: now,
      updatedAt: now,
    };
  }

  async get(id: string): Promise<HubEvent> {
    const event = await this.store.get(id);
    if (!event) throw new NotFoundError('Cet événement est introuvable.');
    return event;
  }

  listAll(): Promise<HubEvent[]> {
    return this.store.listAll();
  }

  /**
   * Applies a staff edit. When the date or place moves, SEQUENCE goes up and, once the event is
   * published, every confirmed registrant receives the updated invitation.
   */
  async patch(id: string, patch: EventPatch): Promise<HubEvent> {
    const before = await this.get(id);
    assertCanEdit(before);
    const merged = mergePatch(before, patch);
    const violations = eventRuleViolations(merged);
    if (Object.keys(violations).length) throw new ValidationError(violations);

    const moved = changesDateOrPlace(before, merged);
    const rescheduled = rescheduling(before, merged, this.clock.now());
    const after = await this.store.update(id, {
      changes: {
        ...patch,
        ...rescheduled,
        // Always the service's own rendering (or nothing when the description is unchanged).
        descriptionHtml:
          patch.description === undefined ? undefined : await this.renderDescription(patch.description),
        ...(patch.translations ? { translations: await this.renderTranslations(patch.translations) } : {}),
      },
      updatedAt: this.clock.now().toISOString(),
      bumpSequence: moved,
      // A concurrent publish or cancel must not be overtaken by an edit based on the old state.
      expectedStatus: before.status,
      // Nor a concurrent move: each keeps the start it leaves.
      ...(rescheduled ? { expectedStartsAt: before.startsAt } : {}),
    });
    if (moved && after.status === 'published') await this.notify(after, 'eventUpdated', ['confirmed']);
    if (addsSeats(before, after) && after.waitlistedCount > 0) await this.promoteWaitlisted(after);
    return after;
  }

  async publish(id: string): Promise<HubEvent> {
    const event = await this.get(id);
    assertCanPublish(event, this.clock.now());
    return this.store.update(id, {
      changes: { status: 'published' },
      updatedAt: this.clock.now().toISOString(),
      expectedStatus: event.status,
    });
  }

  /** Cancels the event and tells every confirmed and waitlisted registrant (METHOD:CANCEL). */
  async cancel(id: string): Promise<HubEvent> {
    const event = await this.get(id);
    assertCanCancel(event);
    const cancelled = await this.store.update(id, {
      changes: { status: 'cancelled' },
      updatedAt: this.clock.now().toISOString(),
      expectedStatus: event.status,
    });
    await this.notify(cancelled, 'eventCancelled', ['confirmed', 'waitlisted']);
    return cancelled;
  }

  /** The new capacity stands whatever happens here: a failed promotion is logged for staff to retry. */
  private async promoteWaitlisted(event: HubEvent): Promise<void> {
    try {
      await this.waitlist.promoteWaitlisted(event.id);
    } catch (error) {
      logger.error('could not promote the waitlist', { error: error as Error, eventId: event.id });
    }
  }

  /** The state change is done: a failed mail is logged, never undoes it nor stops the others. */
  private async notify(
    event: HubEvent,
    notification: Notification,
    statuses: RegistrationStatus[],
  ): Promise<void> {
    let recipients: Registration[];
    try {
      recipients = (await this.registrations.listByEvent(event.id)).filter((registration) =>
        statuses.includes(registration.status),
      );
    } catch (error) {
      logger.error('could not list registrations to notify', { error, eventId: event.id, notification });
      return;
    }
    for (let start = 0; start < recipients.length; start += NOTIFY_CONCURRENCY) {
      const batch = recipients.slice(start, start + NOTIFY_CONCURRENCY);
      const outcomes = await Promise.allSettled(
        batch.map((registration) => this.notifier[notification](event, registration)),
      );
      outcomes.forEach((outcome, index) => {
        if (outcome.status === 'rejected')
          logger.error('notification failed', {
            error: outcome.reason as Error,
            eventId: event.id,
            registrationId: batch[index]?.id,
            notification,
          });
      });
    }
  }
}

function addsSeats(before: HubEvent, after: HubEvent): boolean {
  if (before.capacity === undefined) return false;
  return after.capacity === undefined || after.capacity > before.capacity;
}

function mergePatch(event: HubEvent, patch: EventPatch): HubEvent {
  const merged: Record<string, unknown> = { ...event };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete merged[field];
    else merged[field] = value;
  }
  return merged as unknown as HubEvent;
}
