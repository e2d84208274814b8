import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from '../dead-letter-queue.js';
import { HubFunction } from '../hub-function.js';
import { LAMBDA_BUNDLES } from '../lambda-bundling.js';
import {
  MAIL_BATCH_SIZE,
  MAIL_MAX_RECEIVE_COUNT,
  MAIL_RETENTION_DAYS,
  MAIL_VISIBILITY_TIMEOUT_SECONDS,
  MAIL_WORKER_TIMEOUT_SECONDS,
} from '../../functions/outbox/mail-queue-settings.js';

/** Two pollers at most (Lambda's minimum): transactional mail is a trickle, and SES's quota is shared with campaigns. */
export const MAIL_WORKER_MAX_CONCURRENCY = 2;

export interface MailOutboxConstructProps {
  /** The hub's environment (table, sender, configuration set, signing key, base URL). */
  environment: Record<string, string>;
}

/**
 * The transactional-mail outbox: the functions that serve requests and the reminder job queue one small message
 * per mail (functions/outbox); the mail worker writes and sends it, once per message id, reporting partial batch
 * failures; five failures park a message in the DLQ.
 */
export class MailOutboxConstruct extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly worker: HubFunction;
  /** What every function that queues mail needs in its environment. */
  readonly environment: Record<string, string>;

  constructor(scope: Construct, id: string, props: MailOutboxConstructProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(this, 'DeadLetters', 'the transactional-mail queue');
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(MAIL_VISIBILITY_TIMEOUT_SECONDS),
      retentionPeriod: Duration.days(MAIL_RETENTION_DAYS),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: MAIL_MAX_RECEIVE_COUNT },
    });
    this.environment = { HUB_MAIL_QUEUE_URL: this.queue.queueUrl };

    this.worker = new HubFunction(this, 'Worker', {
      bundle: LAMBDA_BUNDLES.mailWorker,
      description: 'Mails transactionnels (confirmations, rappels, double opt-in) : rédaction et envoi SES',
      timeout: Duration.seconds(MAIL_WORKER_TIMEOUT_SECONDS),
      environment: props.environment,
    });
    this.worker.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: MAIL_BATCH_SIZE,
        reportBatchItemFailures: true,
        maxConcurrency: MAIL_WORKER_MAX_CONCURRENCY,
      }),
    );
  }
}
