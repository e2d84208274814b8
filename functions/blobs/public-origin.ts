import type { HubConfig } from '../config/config.js';
import type { ObjectLocation, SigningCredentials } from './presign-get.js';

/** The credentials s3rver accepts (it checks signatures, so presigned URLs are really verified locally). */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

type BucketConfig = Pick<HubConfig, 'S3_ENDPOINT' | 'HUB_KITS_BUCKET' | 'AWS_REGION'>;

/**
 * The origin browsers reach kit objects at (presigned downloads, uploads, covers): the local object store, or
 * the bucket's regional S3 host. Pages allow it in their content security policy.
 */
export function kitObjectsOrigin(config: BucketConfig): string {
  return config.S3_ENDPOINT
    ? new URL(config.S3_ENDPOINT).origin
    : `https://${config.HUB_KITS_BUCKET}.s3.${config.AWS_REGION}.amazonaws.com`;
}

/** Where a presigned URL of the bucket points: the local object store takes the bucket in its path. */
export function bucketLocation(config: BucketConfig): ObjectLocation {
  return {
    origin: kitObjectsOrigin(config),
    region: config.AWS_REGION,
    ...(config.S3_ENDPOINT ? { pathStyleBucket: config.HUB_KITS_BUCKET } : {}),
  };
}

/**
 * The function's own credentials, as Lambda hands them over (environment variables of its role's session), or
 * s3rver's locally. A URL signed with temporary credentials ends when they do.
 */
export async function environmentCredentials(
  config: Pick<HubConfig, 'S3_ENDPOINT'>,
  env: Record<string, string | undefined> = process.env,
): Promise<SigningCredentials> {
  if (config.S3_ENDPOINT) return S3RVER_CREDENTIALS;
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = env;
  if (!AWS_ACCESS_KEY_ID || !AWS_SECRET_ACCESS_KEY) throw new Error('no AWS credentials in the environment');
  return {
    accessKeyId: AWS_ACCESS_KEY_ID,
    secretAccessKey: AWS_SECRET_ACCESS_KEY,
    ...(AWS_SESSION_TOKEN ? { sessionToken: AWS_SESSION_TOKEN } : {}),
  };
}
