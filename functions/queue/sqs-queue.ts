import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Queue } from './queue.js';

const BATCH_LIMIT = 10;
const MAX_ATTEMPTS = 5;

/** The Queue port on SQS: SendMessageBatch by tens, retrying the entries SQS reports as failed. */
export class SqsQueue implements Queue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(bodies: string[]): Promise<void> {
    for (let start = 0; start < bodies.length; start += BATCH_LIMIT) {
      let entries = bodies
        .slice(start, start + BATCH_LIMIT)
        .map((body, index) => ({ Id: String(index), MessageBody: body }));
      for (let attempt = 1; entries.length; attempt++) {
        if (attempt > MAX_ATTEMPTS) throw new Error(`SQS: ${entries.length} messages refused after retries`);
        if (attempt > 1)
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * 2 ** attempt));
        const result = await this.sqs.send(
          new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }),
        );
        const failed = new Set((result.Failed ?? []).map((failure) => failure.Id));
        entries = entries.filter((entry) => failed.has(entry.Id));
      }
    }
  }
}
