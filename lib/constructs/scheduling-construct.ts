import { Duration } from 'aws-cdk-lib';
import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLES } from '../lambda-bundling.js';
import { ScheduledJob } from '../scheduled-job.js';

export const REMINDER_RATE = Duration.minutes(5);

export interface SchedulingConstructProps {
  environment: Record<string, string>;
}

/** The reminder job every five minutes; it is idempotent, so a retry or an overlap never sends twice. */
export class SchedulingConstruct extends Construct {
  readonly reminders: ScheduledJob;

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
  }
}
