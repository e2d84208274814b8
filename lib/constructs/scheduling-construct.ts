import { Duration, TimeZone } from 'aws-cdk-lib';
import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLES } from '../lambda-bundling.js';
import { ScheduledJob } from '../scheduled-job.js';

export const REMINDER_RATE = Duration.minutes(5);
/** Once a day, at night in Paris, when nobody registers. */
export const RETENTION_SCHEDULE = ScheduleExpression.cron({
  minute: '30',
  hour: '3',
  timeZone: TimeZone.EUROPE_PARIS,
});

export interface SchedulingConstructProps {
  /** The hub's environment, signing key included: reminders carry signed cancellation links. */
  environment: Record<string, string>;
  /** The same without the signing key: the retention job signs nothing. */
  retentionEnvironment: Record<string, string>;
}

/**
 * The reminder job every five minutes, the RGPD retention job every night. Both are idempotent: a retry or an
 * overlap never sends or erases twice.
 */
export class SchedulingConstruct extends Construct {
  readonly reminders: ScheduledJob;
  readonly retention: ScheduledJob;

  constructor(scope: Construct, id: string, props: SchedulingConstructProps) {
    super(scope, id);
    this.reminders = new ScheduledJob(this, 'Reminders', {
      bundle: LAMBDA_BUNDLES.reminders,
      description: 'Rappels J-1 et H-1 aux inscrits',
      timeout: Duration.minutes(2),
      environment: props.environment,
      schedule: ScheduleExpression.rate(REMINDER_RATE),
      scheduleDescription: 'Job des rappels (filiere-hub)',
      retryAttempts: 2,
      maxEventAge: REMINDER_RATE,
    });
    this.retention = new ScheduledJob(this, 'Retention', {
      bundle: LAMBDA_BUNDLES.retention,
      description: 'RGPD : effacement des données passé la durée de conservation',
      // Idempotent and resumable: a run cut short by the timeout is finished by the next night's.
      timeout: Duration.minutes(10),
      memorySize: 512,
      environment: props.retentionEnvironment,
      schedule: RETENTION_SCHEDULE,
      scheduleDescription: 'Job de conservation RGPD (filiere-hub)',
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
    });
  }
}
