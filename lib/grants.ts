import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import {
  PUBLIC_INDEX_KEY_PATTERNS,
  PUBLIC_TABLE_KEY_PATTERNS,
  TABLE_KEYS,
} from '../functions/contract/table.js';
import { KITS_KEY_PREFIX, REPLAYS_KEY_PREFIX } from './constructs/kits-bucket.js';

/**
 * The item operations the hub's stores issue (TransactWriteItems is authorised per item: Put, Update,
 * Delete, ConditionCheck). No Scan, no table administration.
 */
export const HUB_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
];

export function grantHubTable(grantee: IGrantable, table: ITable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: HUB_ITEM_ACTIONS, resources: [table.tableArn] }),
  );
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['dynamodb:Query'],
      resources: [`${table.tableArn}/index/${TABLE_KEYS.gsi1.name}`],
    }),
  );
}

/**
 * The hub's item operations, on the partition keys the public function uses only: no session, sign-in link,
 * partner, kit or staff item is within its reach. `dynamodb:LeadingKeys` is each item's `pk` (item by item in a
 * transaction or a batch) and, for a query on the index, the index's partition key value; ForAllValues requires
 * every one of them to match.
 */
export function grantPublicTable(grantee: IGrantable, table: ITable): void {
  const onlyKeys = (patterns: readonly string[]) => ({
    'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...patterns] },
  });
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: HUB_ITEM_ACTIONS,
      resources: [table.tableArn],
      conditions: onlyKeys(PUBLIC_TABLE_KEY_PATTERNS),
    }),
  );
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['dynamodb:Query'],
      resources: [`${table.tableArn}/index/${TABLE_KEYS.gsi1.name}`],
      conditions: onlyKeys(PUBLIC_INDEX_KEY_PATTERNS),
    }),
  );
}

/**
 * What the SES feedback function does: suppression items, each outcome flagged on its send marker with the
 * campaign's counter and the automatic pause (UpdateItem, in a transaction for the counters), the campaign read
 * back after a bounce or complaint (GetItem), the suppression check of the pause notice to staff (BatchGetItem).
 */
export function grantCampaignFeedback(grantee: IGrantable, table: ITable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['dynamodb:UpdateItem', 'dynamodb:GetItem', 'dynamodb:BatchGetItem'],
      resources: [table.tableArn],
    }),
  );
}

/**
 * The retention job (functions/rgpd/dynamo-retention-store.ts): queries by key prefix and on the index,
 * conditional deletes one by one and BatchWriteItem deletes by 25, the address removed from old kit downloads.
 */
export const RETENTION_ACTIONS = [
  'dynamodb:Query',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

export function grantRetention(grantee: IGrantable, table: ITable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: RETENTION_ACTIONS, resources: [table.tableArn] }),
  );
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['dynamodb:Query'],
      resources: [`${table.tableArn}/index/${TABLE_KEYS.gsi1.name}`],
    }),
  );
}

/**
 * What Lambda's event source mapping does with the function's role to read a table stream. All four on the
 * stream's ARN, as the DynamoDB guide's stream-only policy shows ("IAM policy to grant read access for a
 * DynamoDB stream only"); CDK's grantStreamRead would put ListStreams on "*".
 */
export const STREAM_CONSUME_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
];

export function grantStreamConsume(grantee: IGrantable, streamArn: string): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: STREAM_CONSUME_ACTIONS, resources: [streamArn] }),
  );
}

/** Queueing campaign work; SendMessageBatch is authorised as sqs:SendMessage. */
export function grantQueueSend(grantee: IGrantable, queue: IQueue): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }),
  );
}

export interface MailSending {
  identityArn: string;
  configurationSetArn: string;
}

/** SES authorises SendRawEmail against both the sending identity and the configuration set named in the call. */
export function grantSendMail(grantee: IGrantable, sending: MailSending): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['ses:SendRawEmail'],
      resources: [sending.identityArn, sending.configurationSetArn],
    }),
  );
}

export function grantSigningKeyRead(grantee: IGrantable, secret: ISecret): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }),
  );
}

/**
 * What functions/blobs/s3-blob-store.ts does on kit objects, directly or through URLs it presigns: GetObject
 * (reads, presigned downloads, HeadObject), PutObject (lib-storage uploads, presigned PUTs, and the multipart
 * calls Create, UploadPart and Complete), AbortMultipartUpload (lib-storage on a failed upload), DeleteObject.
 */
export const KIT_OBJECT_ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:AbortMultipartUpload',
  's3:DeleteObject',
];

export function grantKitObjects(grantee: IGrantable, bucket: IBucket): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: KIT_OBJECT_ACTIONS,
      resources: [bucket.arnForObjects(`${KITS_KEY_PREFIX}*`)],
    }),
  );
  // Without it, HeadObject on a missing key answers 403 instead of 404, which the hub would take for a failure
  // rather than "not uploaded yet". It lists key names only, of a bucket that holds nothing but kits.
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
  );
}

/** Staff upload, check and delete replay files, and presign their downloads: the kits' actions on `replays/*`. */
export function grantReplayObjects(grantee: IGrantable, bucket: IBucket): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: KIT_OBJECT_ACTIONS,
      resources: [bucket.arnForObjects(`${REPLAYS_KEY_PREFIX}*`)],
    }),
  );
}

/** The public function presigns registrants' replay downloads with its own credentials: reading is enough. */
export function grantReplayReads(grantee: IGrantable, bucket: IBucket): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [bucket.arnForObjects(`${REPLAYS_KEY_PREFIX}*`)],
    }),
  );
}
