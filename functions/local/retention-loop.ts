import type { Hub } from '../composition/hub.js';
import { logger } from '../shared/logger.js';

const EVERY_DAY = 24 * 60 * 60 * 1000;

/** Locally, the retention job runs at start and then daily (EventBridge Scheduler does it in AWS). */
export function startRetentionLoop(hub: Hub): () => Promise<void> {
  const run = () =>
    hub.retention
      .run(hub.clock.now())
      .then((counts) => logger.info('rétention appliquée', { ...counts }))
      .catch((error) => logger.error('rétention en échec', { error }));
  let running: Promise<unknown> = run();
  const timer = setInterval(() => {
    running = run();
  }, EVERY_DAY);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
