import type { Hub } from '../composition/hub.js';
import { logger } from '../shared/logger.js';
import { runReminders } from '../registrations/reminder-job.js';

const EVERY_MINUTE = 60_000;

/** Locally, the reminder job (reminders and surveys) runs every minute (EventBridge Scheduler does it in AWS). */
export function startReminderLoop(hub: Hub): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    const now = hub.clock.now();
    running = Promise.all([
      runReminders(hub, now).catch((error) => logger.error('rappels en échec', { error })),
      hub.surveys.runDue(now).catch((error) => logger.error('enquêtes en échec', { error })),
    ]);
  }, EVERY_MINUTE);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
