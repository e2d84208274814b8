import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { EventSourceMapping, FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from '../dead-letter-queue.js';
import { grantStreamConsume } from '../grants.js';
import { HubFunction } from '../hub-function.js';
import { LAMBDA_BUNDLES } from '../lambda-bundling.js';
import {
  MAIL_BATCH_SIZE,
  MAIL_STREAM_RETRY_ATTEMPTS,
  MAIL_WORKER_TIMEOUT_SECONDS,
} from '../../functions/contract/queues.js';
import { MAIL_MESSAGE_KEY_PREFIX, TABLE_KEYS } from '../../functions/contract/table.js';

export interface MailOutboxConstructProps {
  /** The hub's environment (table, sender, configuration set, signing key, base URL). */
  environment: Record<string, string>;
  /** The hub's table, with its stream (lib/data-stack.ts): the outbox items are written there. */
  table: ITable;
}

/**
 * The transactional-mail outbox: the functions that serve requests and the reminder job write one small item
 * per mail into the hub's table (functions/outbox); the table's stream carries the insertions of those items,
 * and of nothing else (the filter), to the mail worker, which writes and sends each mail once per message id,
 * reporting partial batch failures. A batch still failing after its retries leaves its stream pointers in the
 * DLQ (the message itself stays in the table: README, operations).
 */
export class MailOutboxConstruct extends Construct {
  readonly deadLetters: Queue;
  readonly worker: HubFunction;
  readonly streamMapping: EventSourceMapping;
  /** What every function that queues mail needs in its environment. */
  readonly environment: Record<string, string> = { HUB_MAIL_OUTBOX: 'table' };

  constructor(scope: Construct, id: string, props: MailOutboxConstructProps) {
    super(scope, id);
    const streamArn = props.table.tableStreamArn;
    if (!streamArn) throw new Error('The mail outbox needs the table stream (lib/data-stack.ts).');
    this.deadLetters = deadLetterQueue(
      this,
      'DeadLetters',
      'the transactional-mail stream (the pointers of the batches the mail worker could not send)',
    );
    this.worker = new HubFunction(this, 'Worker', {
      bundle: LAMBDA_BUNDLES.mailWorker,
      description: 'Mails transactionnels (confirmations, rappels, double opt-in) : rédaction et envoi SES',
      timeout: Duration.seconds(MAIL_WORKER_TIMEOUT_SECONDS),
      environment: props.environment,
    });
    grantStreamConsume(this.worker.function, streamArn);
    this.streamMapping = new EventSourceMapping(this, 'Stream', {
      target: this.worker.function,
      eventSourceArn: streamArn,
      // From the oldest record kept (24 h): an item written between the stream's creation and the mapping's is sent.
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: MAIL_BATCH_SIZE,
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: MAIL_STREAM_RETRY_ATTEMPTS,
      onFailure: new SqsDlq(this.deadLetters),
      // Insertions of outbox items only: never their TTL deletions, nor any other item of the table.
      filters: [
        FilterCriteria.filter({
          eventName: FilterRule.isEqual('INSERT'),
          dynamodb: {
            Keys: { [TABLE_KEYS.partitionKey]: { S: FilterRule.beginsWith(MAIL_MESSAGE_KEY_PREFIX) } },
          },
        }),
      ],
    });
  }
}
