import { retentionJob, RETENTION_CONFIG } from '../composition/jobs/retention.js';
import type { RetentionRun } from '../rgpd/retention-service.js';
import { logger } from '../shared/logger.js';
import { loadLambdaConfig } from './lambda-config.js';
import { beginInvocation } from './invocation.js';
import type { ScheduledInvocation } from './reminders.js';

const runRetention = retentionJob(await loadLambdaConfig(process.env, RETENTION_CONFIG));

/** The daily retention run (EventBridge Scheduler); idempotent, so a retried or doubled run is harmless. */
export async function handler(
  event: ScheduledInvocation,
  context?: { awsRequestId: string },
): Promise<RetentionRun> {
  beginInvocation(context, event.executionId);
  const run = await runRetention();
  logger.info('retention run', { scheduledTime: event.scheduledTime, ...run });
  return run;
}
