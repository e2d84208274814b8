import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Where the kits code keeps every object (asset files, version ZIPs): the only prefix the API may touch. */
export const KITS_KEY_PREFIX = 'kits/';
/** Where events' replays (videos, captions, slides) live, in the same bucket. */
export const REPLAYS_KEY_PREFIX = 'replays/';

export const ACCESS_LOG_RETENTION = Duration.days(365);
/** How long an overwritten or deleted object can still be restored from its previous version. */
export const NONCURRENT_VERSION_RETENTION = Duration.days(90);
/** Parts of an upload the browser abandoned are billed until aborted. */
export const INCOMPLETE_UPLOAD_RETENTION = Duration.days(1);
/** What presigned URLs need from a browser: PUT (single and multipart parts), GET and HEAD. */
export const KITS_CORS_METHODS = [HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD];

export interface KitsBucketProps {
  /** The only origin allowed cross-origin access; without one, no CORS rule (the browser can not upload). */
  siteOrigin?: string | undefined;
}

/**
 * The communication kits' files: private (reached only through short-lived presigned URLs minted by the API),
 * TLS only, encrypted, versioned and kept when the stack goes, with its server access logs in a bucket of its own.
 */
export class KitsBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: KitsBucketProps) {
    super(scope, id);
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // S3 log delivery writes only to buckets encrypted with S3-managed keys.
      encryption: BucketEncryption.S3_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
      autoDeleteObjects: false,
      lifecycleRules: [{ id: 'ExpireLogs', expiration: ACCESS_LOG_RETENTION }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket receives the access logs of the kits bucket; logging its own accesses would need a third bucket for records nobody reads (log delivery is the only writer).',
    });

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      autoDeleteObjects: false,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'kits-bucket/',
      lifecycleRules: [
        {
          id: 'CleanUp',
          abortIncompleteMultipartUploadAfter: INCOMPLETE_UPLOAD_RETENTION,
          noncurrentVersionExpiration: NONCURRENT_VERSION_RETENTION,
          expiredObjectDeleteMarker: true,
        },
      ],
      ...(props.siteOrigin
        ? {
            cors: [
              {
                allowedOrigins: [props.siteOrigin],
                allowedMethods: KITS_CORS_METHODS,
                // Headers gate nothing here: the URL's signature does, and it covers content-type and content-length.
                allowedHeaders: ['*'],
                // The staff page reads each part's ETag to complete a multipart upload.
                exposedHeaders: ['ETag'],
                maxAge: 3600,
              },
            ],
          }
        : {}),
    });
  }
}
