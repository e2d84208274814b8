import type { ConfigKey, ConfigPart } from '../../config/config.js';

// One module per job Lambda, each building what its job runs and nothing else (not the hub, S3, the kits nor the
// sign-in): a module is bundled with all it imports, so one module for every job would give each the others'
// code. Each Lambda parses only the variables its job reads; these are the groups they share.

export type PartOf<K extends readonly ConfigKey[]> = ConfigPart<K[number]>;

export const DYNAMODB = ['HUB_TABLE_NAME', 'AWS_REGION', 'DYNAMODB_ENDPOINT'] as const;
export const SES = [
  'SES_ENDPOINT',
  'HUB_MAIL_FROM',
  'HUB_MAIL_FROM_NAME',
  'HUB_SES_CONFIGURATION_SET',
] as const;
export const MAIL_WORKER = [
  ...DYNAMODB,
  ...SES,
  'HUB_BASE_URL',
  'HUB_SES_MAX_RATE',
  'HUB_SIGNING_KEY',
] as const;
export const AUTO_PAUSE = [
  'HUB_STAFF_EMAILS',
  'HUB_BASE_URL',
  'HUB_CAMPAIGN_MAX_BOUNCE_RATE',
  'HUB_CAMPAIGN_MAX_COMPLAINT_RATE',
  'HUB_CAMPAIGN_PAUSE_MIN_SENT',
] as const;
