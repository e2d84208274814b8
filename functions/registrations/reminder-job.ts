import type { HubEvent } from '../events/event.js';
import { logger } from '../shared/logger.js';
import { notifyOf, type RegistrationNotifier } from './notifier.js';
import type { Registration } from './registration.js';
import type { RegistrationReader, ReminderLedger } from './registration-store.js';
import { dueReminder } from './reminder-rules.js';

/** The hub itself satisfies this: `runReminders(hub, hub.clock.now())`. */
export interface ReminderJobDeps {
  eventStore: { listPublished(): Promise<HubEvent[]> };
  registrationStore: RegistrationReader & ReminderLedger;
  notifier: RegistrationNotifier;
}

export interface ReminderRun {
  sent: number;
  /** Already sent (or being sent) by this or another run. */
  skipped: number;
  /** Queueing failed (in-process outbox); the marker was released so the next run tries again. */
  failed: number;
}

const PARALLEL_SENDS = 8;

/**
 * Queues the reminders that are due. Runs every minute (EventBridge Scheduler, or the local hub) and
 * may overlap with itself: the marker claimed with (or before) each mail makes each reminder go out once.
 */
export async function runReminders(deps: ReminderJobDeps, now: Date): Promise<ReminderRun> {
  const run: ReminderRun = { sent: 0, skipped: 0, failed: 0 };
  for (const event of await deps.eventStore.listPublished()) {
    const kind = dueReminder(event, now);
    if (!kind) continue;
    const confirmed = (await deps.registrationStore.listByEvent(event.id)).filter(
      (r) => r.status === 'confirmed',
    );
    for (let start = 0; start < confirmed.length; start += PARALLEL_SENDS) {
      const batch = confirmed.slice(start, start + PARALLEL_SENDS);
      const results = await Promise.all(
        batch.map((registration) => remind(deps, event, registration, kind, now)),
      );
      for (const result of results) run[result]++;
    }
  }
  return run;
}

async function remind(
  deps: ReminderJobDeps,
  event: HubEvent,
  registration: Registration,
  kind: NonNullable<ReturnType<typeof dueReminder>>,
  now: Date,
): Promise<keyof ReminderRun> {
  const claim = await deps.registrationStore.claimReminder(event.id, kind, registration.id, now, [
    { kind: 'reminder', reminder: kind, event, registration },
  ]);
  if (!claim.claimed) return 'skipped';
  try {
    for (const mail of claim.mailsToQueue) await notifyOf(deps.notifier, mail);
    return 'sent';
  } catch (error) {
    logger.error('reminder failed', { eventId: event.id, registrationId: registration.id, kind, error });
    await deps.registrationStore.releaseReminder(event.id, kind, registration.id);
    return 'failed';
  }
}
