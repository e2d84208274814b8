import { Stack, type Duration } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import {
  ContextAttribute,
  Schedule,
  ScheduleTargetInput,
  type ScheduleExpression,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letter-queue.js';
import { HubFunction, type HubFunctionProps } from './hub-function.js';

export interface ScheduledJobProps extends HubFunctionProps {
  schedule: ScheduleExpression;
  scheduleDescription: string;
  /** How long a missed run is still worth running; the next run redoes what a dropped one left. */
  maxEventAge: Duration;
  /** Scheduler's retries of a failed delivery to Lambda (throttled, unavailable). */
  retryAttempts: number;
}

/**
 * A Lambda job on an EventBridge Scheduler schedule. Every job of the hub is idempotent: a failed run is not
 * retried by Lambda but parked in the job's dead-letter queue (whose depth raises an alarm), and the next run
 * redoes its work.
 */
export class ScheduledJob extends Construct {
  readonly handler: HubFunction;
  readonly deadLetters: Queue;
  readonly schedule: Schedule;
  readonly schedulerRole: Role;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);
    const { schedule, scheduleDescription, maxEventAge, retryAttempts, ...functionProps } = props;
    this.deadLetters = deadLetterQueue(this, 'DeadLetters', `the ${id} schedule and job`);
    this.handler = new HubFunction(this, 'Handler', functionProps);
    this.handler.function.configureAsyncInvoke({
      retryAttempts: 0,
      onFailure: new SqsDestination(this.deadLetters),
    });
    // Our own role, closed to the target's automatic grants: those add `<function>:*` (every version and
    // alias), while the schedule only ever invokes the unqualified function.
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    this.schedulerRole.addToPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [this.handler.function.functionArn],
      }),
    );
    this.schedulerRole.addToPolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.deadLetters.queueArn] }),
    );
    this.schedule = new Schedule(this, 'Schedule', {
      description: scheduleDescription,
      schedule,
      target: new LambdaInvoke(this.handler.function, {
        role: this.schedulerRole.withoutPolicyUpdates(),
        deadLetterQueue: this.deadLetters,
        retryAttempts,
        maxEventAge,
        input: ScheduleTargetInput.fromObject({
          scheduledTime: ContextAttribute.scheduledTime,
          executionId: ContextAttribute.executionId,
        }),
      }),
    });
  }
}
