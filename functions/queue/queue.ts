/** Port: a message queue (in AWS SQS, or the hub's table for mail; in-process locally). Bodies are strings (JSON). */
export interface Queue {
  send(bodies: string[]): Promise<void>;
}

/** The part of an SQS record a consumer reads, as Lambda's SQS event source delivers it. */
export interface QueueRecord {
  messageId: string;
  receiptHandle: string;
  body: string;
  attributes: { ApproximateReceiveCount: string; SentTimestamp: string };
  messageAttributes: Record<string, never>;
  md5OfBody: string;
  eventSource: 'aws:sqs';
  eventSourceARN: string;
  awsRegion: string;
}

export interface QueueBatch {
  Records: QueueRecord[];
}

/** Lambda's partial batch response (ReportBatchItemFailures): only these messages return to the queue. */
export interface BatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

export type BatchHandler = (batch: QueueBatch) => Promise<BatchResponse>;

/** A message that cannot be handled yet (another worker holds it): failing it brings it back later. */
export class RetryLater extends Error {}
