import type { ConfigPart } from '../config/config.js';
import { MAX_REPLAY_PRESIGN_SECONDS, type BlobStore } from '../blobs/blob-store.js';
import { S3BlobStore } from '../blobs/s3-blob-store.js';
import { createS3Client } from '../blobs/s3-client.js';
import { kitObjectsOrigin } from '../blobs/public-origin.js';

// The S3 client, apart from adapters.ts: only the full app uses it, and a function bundles the clients it imports.

/** Kit files and ZIPs: the private bucket (s3rver locally). */
export function kitBlobStore(
  config: ConfigPart<'AWS_REGION' | 'S3_ENDPOINT' | 'HUB_KITS_BUCKET'>,
): BlobStore {
  return new S3BlobStore(createS3Client(config), config.HUB_KITS_BUCKET, {
    publicOrigin: kitObjectsOrigin(config),
  });
}

/** Replay files, in the same bucket under `replays/`: their upload URLs last as long as a 5 GB upload may take. */
export function replayBlobStore(
  config: ConfigPart<'AWS_REGION' | 'S3_ENDPOINT' | 'HUB_KITS_BUCKET'>,
): BlobStore {
  return new S3BlobStore(createS3Client(config), config.HUB_KITS_BUCKET, {
    publicOrigin: kitObjectsOrigin(config),
    maxPresignSeconds: MAX_REPLAY_PRESIGN_SECONDS,
  });
}
