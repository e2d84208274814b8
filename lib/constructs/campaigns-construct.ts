import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from '../dead-letter-queue.js';
import { HubFunction } from '../hub-function.js';
import { LAMBDA_BUNDLES } from '../lambda-bundling.js';
import { ScheduledJob } from '../scheduled-job.js';
import {
  CAMPAIGN_BATCH_SIZE,
  CAMPAIGN_MAX_RECEIVE_COUNT,
  CAMPAIGN_VISIBILITY_TIMEOUT_SECONDS,
  CAMPAIGN_WORKER_TIMEOUT_SECONDS,
  campaignWorkerConcurrency,
} from '../../functions/contract/queues.js';

export {
  CAMPAIGN_BATCH_SIZE,
  CAMPAIGN_MAX_RECEIVE_COUNT,
  campaignWorkerConcurrency,
} from '../../functions/contract/queues.js';
export const CAMPAIGN_WORKER_TIMEOUT = Duration.seconds(CAMPAIGN_WORKER_TIMEOUT_SECONDS);
export const CAMPAIGN_VISIBILITY_TIMEOUT = Duration.seconds(CAMPAIGN_VISIBILITY_TIMEOUT_SECONDS);
export const CAMPAIGN_TICK_RATE = Duration.minutes(1);

export interface CampaignsConstructProps {
  /** The hub's environment (table, sender, staff, signing key, base URL). */
  environment: Record<string, string>;
  /** The same without the signing key: the tick only queues fan-out orders, and signs nothing. */
  tickEnvironment: Record<string, string>;
  /** SES's sending quota for the account (mails per second). */
  sesMaxRate: number;
}

/**
 * The campaign sending pipeline: the staff API (send, resume) and the schedule tick (scheduled campaigns)
 * queue a fan-out order; the worker pages the audience into messages of recipients on the same queue and
 * sends them through SES at the shared rate, reporting partial batch failures; five failures park a message
 * in the DLQ.
 */
export class CampaignsConstruct extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly worker: HubFunction;
  readonly tick: ScheduledJob;
  /** What every function that enqueues or sends campaign mail needs in its environment. */
  readonly environment: Record<string, string>;

  constructor(scope: Construct, id: string, props: CampaignsConstructProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(this, 'DeadLetters', 'the campaign queue');
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: CAMPAIGN_VISIBILITY_TIMEOUT,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: CAMPAIGN_MAX_RECEIVE_COUNT },
    });
    this.environment = {
      HUB_CAMPAIGN_QUEUE_URL: this.queue.queueUrl,
      HUB_SES_MAX_RATE: String(props.sesMaxRate),
    };
    const environment = { ...props.environment, ...this.environment };

    this.worker = new HubFunction(this, 'Worker', {
      bundle: LAMBDA_BUNDLES.campaignWorker,
      description: 'Campagnes : fan-out de l’audience et envoi SES au débit partagé',
      timeout: CAMPAIGN_WORKER_TIMEOUT,
      // A fan-out holds the whole audience in memory (100,000 recipients ≈ 30 MB) and more memory is more CPU.
      memorySize: 512,
      environment,
    });
    this.worker.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: CAMPAIGN_BATCH_SIZE,
        reportBatchItemFailures: true,
        maxConcurrency: campaignWorkerConcurrency(props.sesMaxRate),
      }),
    );

    this.tick = new ScheduledJob(this, 'Tick', {
      bundle: LAMBDA_BUNDLES.campaignTick,
      description: 'Campagnes programmées : lance celles dont l’heure est venue',
      timeout: Duration.seconds(30),
      environment: { ...props.tickEnvironment, ...this.environment },
      schedule: ScheduleExpression.rate(CAMPAIGN_TICK_RATE),
      scheduleDescription: 'Tick des campagnes programmées (filiere-hub)',
      // The next tick, a minute later, does what a lost one would have done.
      retryAttempts: 0,
      maxEventAge: CAMPAIGN_TICK_RATE,
    });
  }
}
