import { SESClient } from '@aws-sdk/client-ses';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConfigPart } from '../config/config.js';
import { createDynamoClient, localCredentials } from '../store/dynamo-client.js';
import type { Mailer } from '../mail/mailer.js';
import { SesMailer } from '../mail/ses-mailer.js';
import { DynamoTokenBucket } from '../mail/dynamo-token-bucket.js';
import type { SendRate } from '../mail/send-rate.js';
import { SuppressingMailer } from '../suppression/suppressing-mailer.js';
import type { SuppressionList } from '../suppression/suppression-list.js';
import { LocalQueue } from '../queue/local-queue.js';
import { MAIL_BATCH_SIZE, MAIL_LOCAL_RETRY_MS, MAIL_VISIBILITY_TIMEOUT_SECONDS } from '../contract/queues.js';
import type { MailWorker } from '../mail/mail-worker.js';

// The clients every function but the public one uses (DynamoDB, SES) and the adapters built on them. With
// s3-adapters.ts and sqs-adapters.ts, the only code in functions/ that constructs clients: apart, so that a function
// bundles only the clients it uses (the public function builds its DynamoDB client alone, in public-app.ts).

export interface AwsClients {
  dynamo: DynamoDBDocumentClient;
  ses: SESClient;
}

export function createAwsClients(
  config: ConfigPart<'AWS_REGION' | 'DYNAMODB_ENDPOINT' | 'SES_ENDPOINT'>,
): AwsClients {
  const ses = new SESClient({
    region: config.AWS_REGION,
    ...(config.SES_ENDPOINT ? { endpoint: config.SES_ENDPOINT, credentials: localCredentials } : {}),
  });
  return { dynamo: createDynamoClient(config), ses };
}

export type SenderConfig = ConfigPart<'HUB_MAIL_FROM' | 'HUB_MAIL_FROM_NAME' | 'HUB_SES_CONFIGURATION_SET'>;

/** SES through the configuration set, from the hub's sender address, under its name or another (a campaign's). */
export function sesMailer(ses: SESClient, config: SenderConfig, fromName?: string): Mailer {
  return new SesMailer(ses, {
    from: config.HUB_MAIL_FROM,
    fromName: fromName ?? config.HUB_MAIL_FROM_NAME,
    configurationSet: config.HUB_SES_CONFIGURATION_SET,
  });
}

/** Mail sent from the process itself: SES through the configuration set, never to a suppressed address. */
export function suppressingSesMailer(
  ses: SESClient,
  config: SenderConfig,
  suppression: SuppressionList,
): Mailer {
  return new SuppressingMailer(sesMailer(ses, config), suppression);
}

/** The SES sending quota (HUB_SES_MAX_RATE), a token bucket in the table shared by every sending worker. */
export function sesQuota(
  dynamo: DynamoDBDocumentClient,
  config: ConfigPart<'HUB_TABLE_NAME' | 'HUB_SES_MAX_RATE'>,
): SendRate {
  return new DynamoTokenBucket(dynamo, config.HUB_TABLE_NAME, { rate: config.HUB_SES_MAX_RATE });
}

/**
 * The outbox in process (local hub, tests): each message is handed to the worker as it is sent, after the
 * change that decided it committed; one whose send failed is retried until delivered (the local hub's loop).
 */
export function localMailQueue(worker: MailWorker): LocalQueue {
  const queue = new LocalQueue({
    batchSize: MAIL_BATCH_SIZE,
    visibilityTimeoutMs: MAIL_VISIBILITY_TIMEOUT_SECONDS * 1000,
    maxReceiveCount: Infinity,
    retryBackoffMs: MAIL_LOCAL_RETRY_MS,
    name: 'mail',
  });
  queue.deliverOnSend((batch) => worker.handleBatch(batch));
  return queue;
}
