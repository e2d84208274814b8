import { reminderJob, REMINDERS_CONFIG } from '../composition/jobs/reminders.js';
import type { ReminderRun } from '../registrations/reminder-job.js';
import { logger } from '../shared/logger.js';
import { loadLambdaConfig } from './lambda-config.js';
import { beginInvocation } from './invocation.js';

const runReminders = reminderJob(await loadLambdaConfig(process.env, REMINDERS_CONFIG));

/** The input the schedule sends (lib/constructs/scheduling-construct.ts), from Scheduler context attributes. */
export interface ScheduledInvocation {
  scheduledTime?: string;
  executionId?: string;
}

export async function handler(
  event: ScheduledInvocation,
  context?: { awsRequestId: string },
): Promise<ReminderRun> {
  beginInvocation(context, event.executionId);
  const { surveys, ...run } = await runReminders();
  logger.info('reminder run', { scheduledTime: event.scheduledTime, ...run, surveys });
  return run;
}
