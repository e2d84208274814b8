import type { Hub } from '../composition/hub.js';
import { LocalQueue } from '../queue/local-queue.js';
import { logger } from '../shared/logger.js';

const TICK_MS = 15_000;

/**
 * Locally, the campaign worker consumes the in-process queue with the same SQS-shaped batches Lambda
 * delivers, and the schedule tick runs every 15 seconds (EventBridge Scheduler does it in AWS).
 */
export function startCampaignLoop(hub: Hub): () => Promise<void> {
  const queue = hub.campaignQueue;
  const stopConsuming =
    queue instanceof LocalQueue
      ? queue.consume((batch) => hub.campaignWorker.handleBatch(batch))
      : async () => {};
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = hub.campaignFanout
      .startDue(hub.clock.now())
      .catch((error) => logger.error('campagnes programmées en échec', { error }));
  }, TICK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await stopConsuming();
  };
}
