import { createHash, randomUUID } from 'node:crypto';
import { MailOutbox, createMailOutbox } from '../../functions/outbox/mail-outbox.js';
import type { QueueBatch } from '../../functions/queue/queue.js';
import type { Mailer } from '../../functions/mail/mailer.js';

/** The outbox's ports over a queue that only records the bodies it is given. */
export function capturingOutbox() {
  const bodies: string[] = [];
  const queue = { send: async (sent: string[]) => void bodies.push(...sent) };
  return { bodies, outbox: new MailOutbox(queue), ...createMailOutbox(queue) };
}

/** A batch as Lambda's SQS event source delivers it: each record its own SQS message id. */
export function batchOf(bodies: string[], receiveCount = 1): QueueBatch {
  return {
    Records: bodies.map((body) => ({
      messageId: randomUUID(),
      receiptHandle: `AQEB${randomUUID()}`,
      body,
      attributes: { ApproximateReceiveCount: String(receiveCount), SentTimestamp: String(Date.now()) },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-3:123456789012:FiliereHubApp-MailQueue',
      awsRegion: 'eu-west-3',
    })),
  };
}

/** Fails the first `failures` sends, then sends through `inner`. */
export class FlakyMailer implements Mailer {
  constructor(
    private readonly inner: Mailer,
    private failures: number,
  ) {}

  send: Mailer['send'] = async (mail) => {
    if (this.failures-- > 0) throw new Error('SES indisponible');
    return this.inner.send(mail);
  };
}
