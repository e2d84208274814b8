import type { HubConfig } from '../config/config.js';

/**
 * The origin browsers reach kit objects at (presigned downloads, uploads, covers): the local object store, or
 * the bucket's regional S3 host. Pages allow it in their content security policy.
 */
export function kitObjectsOrigin(
  config: Pick<HubConfig, 'S3_ENDPOINT' | 'HUB_KITS_BUCKET' | 'AWS_REGION'>,
): string {
  return config.S3_ENDPOINT
    ? new URL(config.S3_ENDPOINT).origin
    : `https://${config.HUB_KITS_BUCKET}.s3.${config.AWS_REGION}.amazonaws.com`;
}
