import { createHash, randomUUID } from 'node:crypto';
import type { BatchHandler, Queue, QueueBatch, QueueRecord } from './queue.js';

interface LocalMessage {
  id: string;
  body: string;
  sentAt: number;
  receiveCount: number;
  visibleAt: number;
}

export interface LocalQueueOptions {
  /** Up to this many messages per batch (Lambda's SQS batch size). */
  batchSize?: number;
  /** A failed or unacknowledged message becomes visible again after this long. */
  visibilityTimeoutMs?: number;
  /** Received this many times without success: moved to the dead-letter list. */
  maxReceiveCount?: number;
  /** Batches handled at the same time (Lambda's concurrent pollers). */
  concurrency?: number;
  /** The queue's name in the records' `eventSourceARN`. */
  name?: string;
  /**
   * A failed message comes back after `first` ms, doubled at each failure up to `last`, instead of after the
   * visibility timeout.
   */
  retryBackoffMs?: { first: number; last: number };
}

/**
 * An in-process queue with SQS semantics: at-least-once delivery, visibility timeout, partial batch
 * failures, a dead-letter list after maxReceiveCount. No SQS server runs here (see the stack notes), so
 * the local hub and the tests feed the worker the same SQS-shaped batches Lambda gives it.
 */
export class LocalQueue implements Queue {
  readonly deadLetters: { body: string; receiveCount: number }[] = [];
  private readonly messages = new Map<string, LocalMessage>();
  private readonly options: Required<Omit<LocalQueueOptions, 'retryBackoffMs'>>;
  private readonly retryBackoffMs: LocalQueueOptions['retryBackoffMs'];
  private inFlight = 0;
  private timer: NodeJS.Timeout | undefined;
  private waiters: (() => void)[] = [];

  constructor(options: LocalQueueOptions = {}) {
    this.options = {
      batchSize: options.batchSize ?? 10,
      visibilityTimeoutMs: options.visibilityTimeoutMs ?? 30_000,
      maxReceiveCount: options.maxReceiveCount ?? 5,
      concurrency: options.concurrency ?? 2,
      name: options.name ?? 'campaigns',
    };
    this.retryBackoffMs = options.retryBackoffMs;
  }

  async send(bodies: string[]): Promise<void> {
    const now = Date.now();
    const sent: LocalMessage[] = [];
    for (const body of bodies) {
      const id = randomUUID();
      const message = { id, body, sentAt: now, receiveCount: 0, visibleAt: now };
      this.messages.set(id, message);
      sent.push(message);
    }
    if (this.onSend) await this.deliverNow(sent, this.onSend);
    this.kick();
  }

  /**
   * From now on, `send` hands its messages to `handler` and resolves once they are handled, as if a consumer
   * had received them at once: what a request queued is done when its response leaves (the local hub and the
   * tests read the local SES right after). A message whose handling failed stays queued, received once, and
   * comes back after the visibility timeout to a `consume` loop; `send` does not throw for it, since the queue
   * did accept it.
   */
  deliverOnSend(handler: BatchHandler): void {
    this.onSend = handler;
  }

  get size(): number {
    return this.messages.size;
  }

  /** Polls continuously, like Lambda's event source mapping; returns the function that stops it. */
  consume(handler: BatchHandler): () => Promise<void> {
    let stopped = false;
    const poll = () => {
      this.timer = undefined;
      while (!stopped && this.inFlight < this.options.concurrency) {
        const batch = this.receive();
        if (!batch) break;
        this.inFlight++;
        // Not awaited: up to `concurrency` batches run at once, as Lambda's pollers do; handle never rejects.
        void this.handle(batch, handler).finally(() => {
          this.inFlight--;
          if (!stopped) this.kick();
        });
      }
      this.notifyIdle();
      if (!stopped && !this.timer) this.timer = setTimeout(poll, this.nextWakeUp());
    };
    this.kick = () => {
      if (stopped) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(poll, 0);
    };
    this.kick();
    return async () => {
      stopped = true;
      if (this.timer) clearTimeout(this.timer);
      while (this.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    };
  }

  /** Processes batches until no message is left (tests and the benchmark). */
  async drain(handler: BatchHandler): Promise<void> {
    while (this.messages.size > 0) {
      const batch = this.receive();
      if (!batch) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(50, this.nextWakeUp())));
        continue;
      }
      await this.handle(batch, handler);
    }
  }

  /** Resolves once the queue is empty and no batch is being handled (with `consume`). */
  idle(): Promise<void> {
    if (this.messages.size === 0 && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private kick: () => void = () => {};
  private onSend: BatchHandler | undefined;

  private async deliverNow(sent: LocalMessage[], handler: BatchHandler): Promise<void> {
    const now = Date.now();
    for (const message of sent) {
      message.receiveCount++;
      message.visibleAt = now + this.options.visibilityTimeoutMs;
    }
    this.inFlight++;
    try {
      for (let start = 0; start < sent.length; start += this.options.batchSize)
        await this.handle(
          {
            Records: sent
              .slice(start, start + this.options.batchSize)
              .map((message) => toRecord(message, this.options.name)),
          },
          handler,
        );
    } finally {
      this.inFlight--;
      this.notifyIdle();
    }
  }

  private receive(): QueueBatch | undefined {
    const now = Date.now();
    const records: QueueRecord[] = [];
    for (const message of this.messages.values()) {
      if (records.length >= this.options.batchSize) break;
      if (message.visibleAt > now) continue;
      if (message.receiveCount >= this.options.maxReceiveCount) {
        this.messages.delete(message.id);
        this.deadLetters.push({ body: message.body, receiveCount: message.receiveCount });
        continue;
      }
      message.receiveCount++;
      message.visibleAt = now + this.options.visibilityTimeoutMs;
      records.push(toRecord(message, this.options.name));
    }
    return records.length ? { Records: records } : undefined;
  }

  private async handle(batch: QueueBatch, handler: BatchHandler): Promise<void> {
    let failed: Set<string>;
    try {
      const response = await handler(batch);
      failed = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
    } catch {
      // The whole batch failed (the function threw or died): every message comes back after the timeout.
      failed = new Set(batch.Records.map((record) => record.messageId));
    }
    for (const record of batch.Records)
      if (!failed.has(record.messageId)) this.messages.delete(record.messageId);
      else this.backOff(record.messageId);
  }

  private backOff(id: string): void {
    const message = this.messages.get(id);
    if (!message || !this.retryBackoffMs) return;
    const { first, last } = this.retryBackoffMs;
    message.visibleAt = Date.now() + Math.min(last, first * 2 ** (message.receiveCount - 1));
  }

  private nextWakeUp(): number {
    const now = Date.now();
    let next = 1000;
    for (const message of this.messages.values()) next = Math.min(next, Math.max(0, message.visibleAt - now));
    return next;
  }

  private notifyIdle(): void {
    if (this.messages.size || this.inFlight) return;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}

function toRecord(message: LocalMessage, queueName: string): QueueRecord {
  return {
    messageId: message.id,
    receiptHandle: `${message.id}:${message.receiveCount}`,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(message.sentAt),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(message.body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:local:000000000000:${queueName}`,
    awsRegion: 'local',
  };
}
