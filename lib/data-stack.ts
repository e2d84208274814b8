import { Annotations, CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus } from 'aws-cdk-lib/aws-events';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import {
  ConfigurationSet,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  MailFromBehaviorOnMxFailure,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Validations } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { TABLE_KEYS } from '../functions/contract/table.js';
import { KitsBucket } from './constructs/kits-bucket.js';

export interface DataStackProps extends StackProps {
  senderDomain: string;
  /** The site's origin, allowed to upload to the kits bucket from the browser (none: no CORS rule). */
  siteOrigin?: string | undefined;
}

/** The SES events the hub reacts to, published on the default event bus (SES can only target that one). */
export const SES_FEEDBACK_EVENTS = [
  EmailSendingEvent.BOUNCE,
  EmailSendingEvent.COMPLAINT,
  EmailSendingEvent.DELIVERY,
];

/**
 * Everything stateful, apart from the code: a redeploy of the AppStack never touches the data, the signing
 * key or the verified sending domain.
 */
export class DataStack extends Stack {
  readonly table: Table;
  readonly signingKey: Secret;
  readonly configurationSet: ConfigurationSet;
  readonly senderIdentity: EmailIdentity;
  readonly senderDomain: string;
  readonly kitsBucket: Bucket;
  /**
   * The bucket's ARN reaches the app stack through an export named here rather than a generated one, so the
   * cdk-nag acknowledgement of the grant on `kits/*` can name that exact resource.
   */
  readonly kitsBucketArnExport: string;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    this.senderDomain = props.senderDomain;

    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      // The transactional-mail outbox's delivery: the mail worker reads the new outbox items (mail-outbox-construct.ts).
      stream: StreamViewType.NEW_IMAGE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE_KEYS.gsi1.name,
      partitionKey: { name: TABLE_KEYS.gsi1.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.gsi1.sortKey, type: AttributeType.STRING },
    });

    this.signingKey = new Secret(this, 'SigningKey', {
      description: 'Clé HMAC des liens signés (annulation) et des sessions du hub',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.signingKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the key would invalidate every cancellation link already sent (they stay valid until the event); rotation is a planned manual operation, documented in the deploy guide.',
    });

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      // SES's own account-level list as a second net behind the hub's suppression list.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: SES_FEEDBACK_EVENTS,
    });

    this.senderIdentity = new EmailIdentity(this, 'SenderIdentity', {
      identity: Identity.domain(props.senderDomain),
      configurationSet: this.configurationSet,
      dkimSigning: true,
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      mailFromDomain: `bounce.${props.senderDomain}`,
      mailFromBehaviorOnMxFailure: MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
    });

    this.senderIdentity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        description: `DNS CNAME DKIM ${index + 1} à publier`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });
    this.kitsBucket = new KitsBucket(this, 'Kits', { siteOrigin: props.siteOrigin }).bucket;
    this.kitsBucketArnExport = `${this.stackName}-KitsBucketArn`;
    this.exportValue(this.kitsBucket.bucketArn, { name: this.kitsBucketArnExport });
    if (!props.siteOrigin)
      Annotations.of(this).addWarningV2(
        'filiere-hub:kits-cors',
        'Sans customDomain ni allowedOrigin, le bucket des kits refuse les requêtes du navigateur : redéployer avec -c allowedOrigin=<origine de ApiUrl> pour les envois de fichiers.',
      );

    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'KitsBucketName', { value: this.kitsBucket.bucketName });
  }
}
