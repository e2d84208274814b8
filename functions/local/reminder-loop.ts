import type { Hub } from '../composition/hub.js';
import { logger } from '../shared/logger.js';
import { runReminders } from '../registrations/reminder-job.js';

const EVERY_MINUTE = 60_000;

/** Locally, the reminder job runs every minute (EventBridge Scheduler does it in AWS). */
export function startReminderLoop(hub: Hub): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = runReminders(hub, hub.clock.now()).catch((error) =>
      logger.error('rappels en échec', { error }),
    );
  }, EVERY_MINUTE);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
