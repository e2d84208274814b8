import { Duration } from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from '../dead-letter-queue.js';
import { HubFunction } from '../hub-function.js';
import { LAMBDA_BUNDLES } from '../lambda-bundling.js';

/** EventBridge detail types of the SES events the configuration set publishes. */
export const SES_FEEDBACK_DETAIL_TYPES = ['Email Bounced', 'Email Complaint Received', 'Email Delivered'];

export interface MailConstructProps {
  /** The table, the configuration set, and what the staff notice of a paused campaign needs (sender, staff, base URL). */
  environment: Record<string, string> & { HUB_SES_CONFIGURATION_SET: string };
}

/**
 * SES feedback: bounces and complaints of the hub's configuration set feed the suppression list; bounces,
 * complaints and deliveries count for the campaign that mailed the address, which pauses itself (and tells
 * staff) when its rates pass the thresholds.
 */
export class MailConstruct extends Construct {
  readonly handler: HubFunction;
  readonly deadLetters: Queue;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: MailConstructProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(this, 'DeadLetters', 'the SES feedback rule and handler');
    this.handler = new HubFunction(this, 'Handler', {
      bundle: LAMBDA_BUNDLES.sesEvents,
      description:
        'Retours SES (rebonds, plaintes, remises) → suppression, statistiques et pause des campagnes',
      timeout: Duration.seconds(10),
      environment: props.environment,
    });
    this.handler.function.configureAsyncInvoke({
      retryAttempts: 2,
      onFailure: new SqsDestination(this.deadLetters),
    });
    this.rule = new Rule(this, 'Feedback', {
      description: 'Rebonds, plaintes et remises des envois du hub',
      eventPattern: {
        source: ['aws.ses'],
        detailType: SES_FEEDBACK_DETAIL_TYPES,
        detail: {
          mail: { tags: { 'ses:configuration-set': [props.environment.HUB_SES_CONFIGURATION_SET] } },
        },
      },
      targets: [
        new LambdaFunction(this.handler.function, {
          deadLetterQueue: this.deadLetters,
          retryAttempts: 8,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });
  }
}
