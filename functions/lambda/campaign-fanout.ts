import { createAwsClients } from '../store/clients.js';
import { buildHub } from '../composition/hub.js';
import { logger } from '../shared/logger.js';
import { loadLambdaConfig } from './lambda-config.js';
import { beginInvocation } from './invocation.js';

const config = await loadLambdaConfig();
const hub = buildHub(config, createAwsClients(config));

/**
 * The schedule tick (EventBridge Scheduler, every minute): starts the scheduled campaigns whose time has
 * come by queueing their fan-out, which the worker runs. Immediate sends queue their fan-out themselves.
 */
export async function handler(
  event: { executionId?: string },
  context?: { awsRequestId: string },
): Promise<{ started: string[] }> {
  beginInvocation(context, event.executionId);
  const started = await hub.campaignFanout.startDue(hub.clock.now());
  logger.info('campaign tick', { started });
  return { started };
}
