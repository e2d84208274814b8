import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Validations } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

/** Where an asynchronous path parks what it could not process: kept 14 days, encrypted, TLS only. */
export function deadLetterQueue(scope: Construct, id: string, feeds: string): Queue {
  const queue = new Queue(scope, id, {
    retentionPeriod: Duration.days(14),
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue IS the dead-letter queue of ${feeds}; a DLQ of a DLQ would only move the problem (its depth raises an alarm instead).`,
  });
  return queue;
}
