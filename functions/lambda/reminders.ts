import { createAwsClients } from '../store/clients.js';
import { buildHub } from '../composition/hub.js';
import { runReminders, type ReminderRun } from '../registrations/reminder-job.js';
import { logger } from '../shared/logger.js';
import { loadLambdaConfig } from './lambda-config.js';
import { beginInvocation } from './invocation.js';

const config = await loadLambdaConfig();
const hub = buildHub(config, createAwsClients(config));

/** The input the schedule sends (lib/constructs/scheduling-construct.ts), from Scheduler context attributes. */
export interface ScheduledInvocation {
  scheduledTime?: string;
  executionId?: string;
}

/** Reminders are due relative to the real clock, not the scheduled time: a late retry must not send early ones. */
export async function handler(
  event: ScheduledInvocation,
  context?: { awsRequestId: string },
): Promise<ReminderRun> {
  beginInvocation(context, event.executionId);
  const run = await runReminders(hub, hub.clock.now());
  logger.info('reminder run', { scheduledTime: event.scheduledTime, ...run });
  return run;
}
