import { CfnOutput, Fn, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { ApiConstruct } from './constructs/api-construct.js';
import { CampaignsConstruct } from './constructs/campaigns-construct.js';
import { KITS_KEY_PREFIX, REPLAYS_KEY_PREFIX } from './constructs/kits-bucket.js';
import { MailConstruct } from './constructs/mail-construct.js';
import { MailOutboxConstruct } from './constructs/mail-outbox-construct.js';
import { MonitoringConstruct } from './constructs/monitoring-construct.js';
import { SchedulingConstruct } from './constructs/scheduling-construct.js';
import {
  grantCampaignFeedback,
  grantHubTable,
  grantKitObjects,
  grantReplayObjects,
  grantReplayReads,
  grantPublicTable,
  grantQueueSend,
  grantRetention,
  grantSendMail,
  grantSigningKeyRead,
} from './grants.js';
import type { HubParameters } from './parameters.js';

export interface AppStackProps extends StackProps {
  parameters: HubParameters;
  table: ITable;
  signingKey: ISecret;
  /** The export name of the kits bucket's ARN (DataStack.kitsBucketArnExport). */
  kitsBucketArnExport: string;
  configurationSetName: string;
}

/** The code: functions, API, schedule, alarms. Redeployable at will; the data lives in the DataStack. */
export class AppStack extends Stack {
  readonly api: ApiConstruct;
  readonly mail: MailConstruct;
  readonly scheduling: SchedulingConstruct;
  readonly campaigns: CampaignsConstruct;
  readonly mailOutbox: MailOutboxConstruct;
  readonly monitoring: MonitoringConstruct;
  readonly kitsBucket: IBucket;

  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, props);
    const { parameters, table, signingKey, kitsBucketArnExport, configurationSetName } = props;
    const kitsBucket = Bucket.fromBucketArn(this, 'KitsBucket', Fn.importValue(kitsBucketArnExport));
    this.kitsBucket = kitsBucket;
    const sending = {
      identityArn: this.formatArn({
        service: 'ses',
        resource: 'identity',
        resourceName: parameters.senderDomain,
      }),
      configurationSetArn: this.formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: configurationSetName,
      }),
    };
    // What the SES feedback function needs too (the staff notice of a paused campaign); it signs nothing.
    const mailEnvironment = {
      HUB_TABLE_NAME: table.tableName,
      HUB_STAFF_EMAILS: parameters.staffEmails.join(','),
      HUB_MAIL_FROM: parameters.senderAddress,
      HUB_SES_CONFIGURATION_SET: configurationSetName,
    };
    const hubEnvironment = { ...mailEnvironment, HUB_SIGNING_KEY_SECRET_ARN: signingKey.secretArn };

    this.api = new ApiConstruct(this, 'Api', {
      // Only the full API reads and writes kit files (uploads, publication ZIPs, presigned downloads); the public
      // one derives the object store's origin from the name for its content security policy.
      environment: {
        ...hubEnvironment,
        HUB_KITS_BUCKET: kitsBucket.bucketName,
        ...(parameters.rateLimitPerMinute
          ? { HUB_RATE_LIMIT_PER_MINUTE: String(parameters.rateLimitPerMinute) }
          : {}),
      },
      customDomain: parameters.customDomain,
    });
    const withBaseUrl = { ...hubEnvironment, HUB_BASE_URL: this.api.baseUrl };
    // The jobs that build nothing that signs are not told where the key is: no extension, no grant.
    const withoutSigningKey = { ...mailEnvironment, HUB_BASE_URL: this.api.baseUrl };
    this.scheduling = new SchedulingConstruct(this, 'Scheduling', {
      environment: withBaseUrl,
      retentionEnvironment: withoutSigningKey,
    });
    this.campaigns = new CampaignsConstruct(this, 'Campaigns', {
      environment: withBaseUrl,
      tickEnvironment: withoutSigningKey,
      sesMaxRate: parameters.sesMaxRate,
    });
    // Only the full app (staff) enqueues campaigns; the public one serves none of their routes.
    for (const [name, value] of Object.entries(this.campaigns.environment))
      this.api.staffHandler.function.addEnvironment(name, value);
    this.mailOutbox = new MailOutboxConstruct(this, 'MailOutbox', { environment: withBaseUrl, table });
    // The mail worker draws on the SES quota the campaign workers share (a token bucket in the table).
    this.mailOutbox.worker.function.addEnvironment('HUB_SES_MAX_RATE', String(parameters.sesMaxRate));
    // Registrations, cancellations, staff notices and the newsletter opt-in (API), reminders: queued, not sent.
    // They write their outbox items with the table grant they have (PutItem); the public function always does.
    const mailEnqueuers = [
      this.api.handler.function,
      this.api.staffHandler.function,
      this.scheduling.reminders.handler.function,
    ];
    for (const enqueuer of mailEnqueuers)
      for (const [name, value] of Object.entries(this.mailOutbox.environment))
        enqueuer.addEnvironment(name, value);
    this.mail = new MailConstruct(this, 'Mail', {
      environment: { ...mailEnvironment, HUB_BASE_URL: this.api.baseUrl },
    });

    const { worker, tick } = this.campaigns;
    // The full app still sends sign-in, kit and campaign staff mails itself; the public one only queues.
    for (const sender of [this.api.staffHandler.function, worker.function, this.mailOutbox.worker.function]) {
      grantHubTable(sender, table);
      grantSendMail(sender, sending);
      grantSigningKeyRead(sender, signingKey);
    }
    // The public function and the reminder job queue their mails: they send none. Both sign links (cancellation,
    // newsletter); the public one reaches only the partition keys of its routes.
    grantPublicTable(this.api.handler.function, table);
    grantSigningKeyRead(this.api.handler.function, signingKey);
    grantHubTable(this.scheduling.reminders.handler.function, table);
    grantSigningKeyRead(this.scheduling.reminders.handler.function, signingKey);
    // The campaign tick and the retention job build nothing that signs (functions/composition/jobs/): no key.
    grantHubTable(tick.handler.function, table);
    grantRetention(this.scheduling.retention.handler.function, table);
    // Send and resume (staff), scheduled starts (tick), the fan-out into pages of recipients (worker).
    for (const enqueuer of [this.api.staffHandler.function, tick.handler.function, worker.function])
      grantQueueSend(enqueuer, this.campaigns.queue);
    // Kits are served by the full app only; the public function reads the bucket's name for its pages' policy.
    grantKitObjects(this.api.staffHandler.function, kitsBucket);
    Validations.of(this.api.staffHandler.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${kitsBucketArnExport}/${KITS_KEY_PREFIX}*]`,
      reason:
        'The one wildcard is the kits key prefix (kits/*): objects are named by kit, version and asset at run time. Actions are listed one by one, and a test pins every statement of this role.',
    });
    // Replays: staff manage their files; the public function presigns registrants' downloads (GetObject only).
    grantReplayObjects(this.api.staffHandler.function, kitsBucket);
    grantReplayReads(this.api.handler.function, kitsBucket);
    for (const role of [this.api.staffHandler.role, this.api.handler.role])
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${kitsBucketArnExport}/${REPLAYS_KEY_PREFIX}*]`,
        reason:
          'The replays key prefix (replays/*): objects are named by event, replay and file at run time. Actions are listed one by one, and a test pins every statement of this role.',
      });
    grantCampaignFeedback(this.mail.handler.function, table);
    grantSendMail(this.mail.handler.function, sending);

    this.monitoring = new MonitoringConstruct(this, 'Monitoring', {
      alarmEmail: parameters.alarmEmail,
      httpApi: this.api.httpApi,
      functions: {
        Api: this.api.handler.function,
        StaffApi: this.api.staffHandler.function,
        Reminders: this.scheduling.reminders.handler.function,
        SesEvents: this.mail.handler.function,
        CampaignWorker: worker.function,
        MailWorker: this.mailOutbox.worker.function,
        CampaignTick: tick.handler.function,
        Retention: this.scheduling.retention.handler.function,
      },
      streamConsumers: { MailWorker: this.mailOutbox.worker.function },
      deadLetterQueues: {
        Reminders: this.scheduling.reminders.deadLetters,
        SesEvents: this.mail.deadLetters,
        Campaigns: this.campaigns.deadLetters,
        MailStream: this.mailOutbox.deadLetters,
        CampaignTick: tick.deadLetters,
        Retention: this.scheduling.retention.deadLetters,
      },
    });

    new CfnOutput(this, 'ApiUrl', { description: 'Adresse du hub', value: this.api.baseUrl });
    new CfnOutput(this, 'ExecuteApiUrl', {
      description: 'Adresse API Gateway (cible du CNAME si domaine personnalisé)',
      value: this.api.httpApi.apiEndpoint,
    });
  }
}
