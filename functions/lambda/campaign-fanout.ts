import { CAMPAIGN_TICK_CONFIG, campaignTickJob } from '../composition/jobs/campaign-tick.js';
import { logger } from '../shared/logger.js';
import { loadLambdaConfig } from './lambda-config.js';
import { beginInvocation } from './invocation.js';

const startDue = campaignTickJob(await loadLambdaConfig(process.env, CAMPAIGN_TICK_CONFIG));

/**
 * The schedule tick (EventBridge Scheduler, every minute): starts the scheduled campaigns whose time has
 * come by queueing their fan-out, which the worker runs. Immediate sends queue their fan-out themselves.
 */
export async function handler(
  event: { executionId?: string },
  context?: { awsRequestId: string },
): Promise<{ started: string[] }> {
  beginInvocation(context, event.executionId);
  const started = await startDue();
  logger.info('campaign tick', { started });
  return { started };
}
