import { S3Client } from '@aws-sdk/client-s3';
import type { HubConfig } from '../config/config.js';
import { S3RVER_CREDENTIALS } from './public-origin.js';

/**
 * Checksums only when S3 requires them: with the SDK's default, a streamed PutObject stores the
 * aws-chunked framing inside the object on S3-compatible servers, and presigned PUTs would carry a
 * checksum of an empty body that the browser's upload then fails.
 */
export function createS3Client(config: Pick<HubConfig, 'AWS_REGION' | 'S3_ENDPOINT'>): S3Client {
  return new S3Client({
    region: config.AWS_REGION,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(config.S3_ENDPOINT
      ? { endpoint: config.S3_ENDPOINT, forcePathStyle: true, credentials: S3RVER_CREDENTIALS }
      : {}),
  });
}
