import type { Hub } from '../composition/hub.js';
import { LocalQueue } from '../queue/local-queue.js';

/**
 * Locally, each mail is sent as it is queued (LocalQueue.deliverOnSend); this loop gives the ones whose send
 * failed back to the mail worker once their visibility timeout is over, as the stream's retries do in AWS.
 */
export function startMailLoop(hub: Hub): () => Promise<void> {
  const queue = hub.mailQueue;
  return queue instanceof LocalQueue
    ? queue.consume((batch) => hub.mailWorker.handleBatch(batch))
    : async () => {};
}
