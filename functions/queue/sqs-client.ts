import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsQueue } from './sqs-queue.js';
import type { Queue } from './queue.js';

/** The campaign queue in AWS (the Lambda role's credentials, the configured region). */
export function createSqsQueue(queueUrl: string, region: string): Queue {
  return new SqsQueue(new SQSClient({ region }), queueUrl);
}
