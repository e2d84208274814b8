import { Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from '../dead-letter-queue.js';
import { HubFunction } from '../hub-function.js';
import { LAMBDA_BUNDLES } from '../lambda-bundling.js';

export const REMINDER_RATE = Duration.minutes(5);

export interface SchedulingConstructProps {
  environment: Record<string, string>;
}

/** The reminder job every five minutes; it is idempotent, so a retry or an overlap never sends twice. */
export class SchedulingConstruct extends Construct {
  readonly handler: HubFunction;
  readonly deadLetters: Queue;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: SchedulingConstructProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(this, 'DeadLetters', 'the reminder schedule and job');
    this.handler = new HubFunction(this, 'Handler', {
      bundle: LAMBDA_BUNDLES.reminders,
      description: 'Rappels J-1 et H-1 aux inscrits',
      timeout: Duration.minutes(2),
      environment: props.environment,
    });
    // The next run, five minutes later, redoes whatever a failed run left: no retries, the failure is parked.
    this.handler.function.configureAsyncInvoke({
      retryAttempts: 0,
      onFailure: new SqsDestination(this.deadLetters),
    });
    // Our own role, closed to the target's automatic grants: those add `<function>:*` (every version and
    // alias), while the schedule only ever invokes the unqualified function.
    const role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    role.addToPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [this.handler.function.functionArn],
      }),
    );
    role.addToPolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.deadLetters.queueArn] }),
    );
    this.schedule = new Schedule(this, 'Reminders', {
      description: 'Job des rappels (filiere-hub)',
      schedule: ScheduleExpression.rate(REMINDER_RATE),
      target: new LambdaInvoke(this.handler.function, {
        role: role.withoutPolicyUpdates(),
        deadLetterQueue: this.deadLetters,
        retryAttempts: 2,
        maxEventAge: REMINDER_RATE,
        input: ScheduleTargetInput.fromObject({
          scheduledTime: ContextAttribute.scheduledTime,
          executionId: ContextAttribute.executionId,
        }),
      }),
    });
  }
}
