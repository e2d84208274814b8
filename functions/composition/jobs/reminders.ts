import { systemClock } from '../../shared/clock.js';
import { LinkSigner } from '../../shared/signed-links.js';
import { DynamoEventStore } from '../../events/dynamo-event-store.js';
import { DynamoRegistrationStore } from '../../registrations/dynamo-registration-store.js';
import { DynamoRegistrationAdminStore } from '../../registrations/dynamo-registration-admin-store.js';
import { runReminders, type ReminderRun } from '../../registrations/reminder-job.js';
import { DynamoSuppressionList } from '../../suppression/dynamo-suppression-list.js';
import { createAwsClients, suppressingSesMailer } from '../adapters.js';
import { buildMailServices } from '../mail-services.js';
import { MAIL_WORKER, type PartOf } from './config-groups.js';
import { buildSurveyService } from '../training-services.js';
import type { SurveyRun } from '../../surveys/survey-service.js';
import { DynamoAttendanceStore } from '../../attendance/dynamo-attendance-store.js';
import { DynamoAttendanceAdminStore } from '../../attendance/dynamo-attendance-admin-store.js';

export const REMINDERS_CONFIG = [...MAIL_WORKER, 'HUB_MAIL_OUTBOX'] as const;

/**
 * The reminders that are due, and the satisfaction surveys (invitations after an event, the reminder three days
 * later), queued in the outbox (sent in process when HUB_MAIL_OUTBOX is `in-process`).
 */
export function reminderJob(
  config: PartOf<typeof REMINDERS_CONFIG>,
): () => Promise<ReminderRun & { surveys: SurveyRun }> {
  const clients = createAwsClients(config);
  const table = config.HUB_TABLE_NAME;
  const signer = new LinkSigner(config.HUB_SIGNING_KEY);
  const { notifier, outboxItems, surveyNotifier } = buildMailServices(config, clients.dynamo, {
    mailer: suppressingSesMailer(clients.ses, config, new DynamoSuppressionList(clients.dynamo, table)),
    signer,
    clock: systemClock,
  });
  const deps = {
    eventStore: new DynamoEventStore(clients.dynamo, table),
    registrationStore: new DynamoRegistrationAdminStore(
      new DynamoRegistrationStore(clients.dynamo, table, outboxItems),
      clients.dynamo,
      table,
      outboxItems,
    ),
    notifier,
  };
  const surveys = buildSurveyService(config, clients, {
    signer,
    clock: systemClock,
    events: deps.eventStore,
    registrations: deps.registrationStore,
    attendance: new DynamoAttendanceAdminStore(
      new DynamoAttendanceStore(clients.dynamo, table),
      clients.dynamo,
      table,
    ),
    surveyNotifier,
  });
  // Due relative to the real clock, not the scheduled time: a late retry must not send early ones.
  return async () => {
    const now = systemClock.now();
    const run = await runReminders(deps, now);
    return { ...run, surveys: await surveys.runDue(now) };
  };
}
