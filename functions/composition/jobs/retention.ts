import { systemClock } from '../../shared/clock.js';
import { createDynamoClient } from '../../store/dynamo-client.js';
import { DynamoRetentionStore } from '../../rgpd/dynamo-retention-store.js';
import { RetentionService, type RetentionRun } from '../../rgpd/retention-service.js';
import { DYNAMODB, type PartOf } from './config-groups.js';

export const RETENTION_CONFIG = [...DYNAMODB, 'HUB_RETENTION_DAYS', 'HUB_ATTENDANCE_RETENTION_DAYS'] as const;

/** The erasure of personal data past their retention: the table alone. */
export function retentionJob(config: PartOf<typeof RETENTION_CONFIG>): () => Promise<RetentionRun> {
  const retention = new RetentionService(
    new DynamoRetentionStore(createDynamoClient(config), config.HUB_TABLE_NAME),
    config.HUB_RETENTION_DAYS,
    config.HUB_ATTENDANCE_RETENTION_DAYS,
  );
  return () => retention.run(systemClock.now());
}
