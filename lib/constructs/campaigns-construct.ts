import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from '../dead-letter-queue.js';
import { HubFunction } from '../hub-function.js';
import { LAMBDA_BUNDLES } from '../lambda-bundling.js';
import { ScheduledJob } from '../scheduled-job.js';

/**
 * A batch holds up to 5 messages of 50 recipients (functions/campaigns/campaign-messages.ts): at half the SES
 * rate (two workers sharing 14/s) that is ~36 s of sending, or one fan-out of a large audience.
 */
export const CAMPAIGN_BATCH_SIZE = 5;
export const CAMPAIGN_WORKER_TIMEOUT = Duration.minutes(2);
/**
 * Lambda's rule for SQS sources: six times the function's timeout, so a batch still being retried by the
 * poller never becomes visible to another worker. It also outlasts the worker's send lease (2 min), so a
 * message that comes back finds the claims of a dead worker expired and takes them over.
 */
export const CAMPAIGN_VISIBILITY_TIMEOUT = Duration.seconds(6 * CAMPAIGN_WORKER_TIMEOUT.toSeconds());
/** A message failing five times in a row (poison, or a campaign that can not be read) goes to the DLQ. */
export const CAMPAIGN_MAX_RECEIVE_COUNT = 5;
export const CAMPAIGN_TICK_RATE = Duration.minutes(1);

/**
 * Workers polling the queue at most. They share one token bucket (HUB_SES_MAX_RATE), so more workers only
 * contend for it: one worker sends ~20 mails/s (chunks of ten in parallel, plus the marker writes), two
 * is Lambda's minimum for an SQS source.
 */
export function campaignWorkerConcurrency(sesMaxRate: number): number {
  return Math.min(1000, Math.max(2, Math.ceil(sesMaxRate / 20)));
}

export interface CampaignsConstructProps {
  /** The hub's environment (table, sender, staff, signing key, base URL). */
  environment: Record<string, string>;
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
      environment,
      schedule: ScheduleExpression.rate(CAMPAIGN_TICK_RATE),
      scheduleDescription: 'Tick des campagnes programmées (filiere-hub)',
      // The next tick, a minute later, does what a lost one would have done.
      retryAttempts: 0,
      maxEventAge: CAMPAIGN_TICK_RATE,
    });
  }
}
