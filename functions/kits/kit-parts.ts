import type { HubConfig } from '../config/config.js';
import type { AwsClients } from '../store/clients.js';
import type { Clock } from '../shared/clock.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { Mailer } from '../mail/mailer.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { S3BlobStore } from '../blobs/s3-blob-store.js';
import { createS3Client } from '../blobs/s3-client.js';
import { kitObjectsOrigin } from '../blobs/public-origin.js';
import { DynamoPartnerStore } from '../partners/dynamo-partner-store.js';
import { InvitationMails } from '../partners/invitation-mails.js';
import { PartnerService } from '../partners/partner-service.js';
import { DynamoKitStore } from './dynamo-kit-store.js';
import { KitService } from './kit-service.js';
import { KitUpdateMails } from './kit-update-mails.js';

export interface KitParts {
  blobs: BlobStore;
  partners: PartnerService;
  kits: KitService;
}

export interface KitDeps {
  clock: Clock;
  mailer: Mailer;
  signer: LinkSigner;
  blobs?: BlobStore | undefined;
}

/** The kits capability's share of the composition root (kept here so hub.ts only gains a few lines). */
export function buildKitParts(config: HubConfig, clients: AwsClients, deps: KitDeps): KitParts {
  const blobs =
    deps.blobs ??
    new S3BlobStore(createS3Client(config), config.HUB_KITS_BUCKET, {
      publicOrigin: kitObjectsOrigin(config),
    });
  const partners = new PartnerService(
    new DynamoPartnerStore(clients.dynamo, config.HUB_TABLE_NAME),
    new InvitationMails(deps.mailer),
    deps.clock,
    config.HUB_BASE_URL,
  );
  const kits = new KitService({
    store: new DynamoKitStore(clients.dynamo, config.HUB_TABLE_NAME),
    blobs,
    partners,
    mails: new KitUpdateMails(deps.mailer),
    clock: deps.clock,
    signer: deps.signer,
    baseUrl: config.HUB_BASE_URL,
  });
  return { blobs, partners, kits };
}
