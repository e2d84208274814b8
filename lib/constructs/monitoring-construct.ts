import { Duration, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Metric,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface MonitoringConstructProps {
  alarmEmail: string;
  functions: Record<string, IFunction>;
  deadLetterQueues: Record<string, IQueue>;
  /** Functions fed by a stream: their lag (the age of the oldest record they have not processed) is watched. */
  streamConsumers: Record<string, IFunction>;
  httpApi: HttpApi;
}

/** SES suspends accounts around 10 % bounces and 0.5 % complaints; these alarms fire well before. */
export const SES_BOUNCE_RATE_THRESHOLD = 0.02;
export const SES_COMPLAINT_RATE_THRESHOLD = 0.0005;

const FIVE_MINUTES = Duration.minutes(5);
/** A mail waiting this long in the stream is late: the worker is failing its retries or cannot keep up. */
export const STREAM_ITERATOR_AGE_THRESHOLD = Duration.minutes(10);

/** Alarms by e-mail: anything parked in a DLQ, a stream consumer late, server errors, Lambda errors and throttles, SES reputation. */
export class MonitoringConstruct extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: MonitoringConstructProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Alarms', { displayName: 'Alertes filiere-hub', enforceSSL: true });
    this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry no personal data; CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a customer-managed KMS key would be the only fixed monthly fee of the deployment.',
    });
    const action = new SnsAction(this.topic);
    const alarm = (name: string, metric: IMetric, threshold: number, description: string) => {
      new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      }).addAlarmAction(action);
    };

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarm(
        `${name}DeadLetters`,
        queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        0,
        `Des messages attendent dans la file d’échecs ${name}`,
      );
    }
    for (const [name, fn] of Object.entries(props.streamConsumers)) {
      alarm(
        `${name}IteratorAge`,
        fn.metric('IteratorAge', { period: FIVE_MINUTES, statistic: 'Maximum' }),
        STREAM_ITERATOR_AGE_THRESHOLD.toMilliseconds(),
        `${name} a du retard sur le flux de la table (plus de 10 minutes)`,
      );
    }
    alarm(
      'Api5xx',
      props.httpApi.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
      0,
      'L’API a répondu 5xx (une mauvaise saisie doit donner 4xx)',
    );
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(
        `${name}Errors`,
        fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        0,
        `Erreurs de ${name}`,
      );
      alarm(
        `${name}Throttles`,
        fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
        0,
        `Invocations de ${name} limitées (throttling)`,
      );
    }
    alarm(
      'SesBounceRate',
      new Metric({
        namespace: 'AWS/SES',
        metricName: 'Reputation.BounceRate',
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      SES_BOUNCE_RATE_THRESHOLD,
      'Taux de rebond SES > 2 %',
    );
    alarm(
      'SesComplaintRate',
      new Metric({
        namespace: 'AWS/SES',
        metricName: 'Reputation.ComplaintRate',
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      SES_COMPLAINT_RATE_THRESHOLD,
      'Taux de plainte SES > 0,05 %',
    );
  }
}
