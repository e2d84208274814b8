import { serve, type ServerType } from '@hono/node-server';
import { configSchema, loadConfig } from '../config/config.js';
import type { Hub } from '../composition/hub.js';
import { buildLocalHub } from '../composition/local-hub.js';
import { logger } from '../shared/logger.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { startSesLocal } from './ses-local.js';
import { startS3Local } from './s3-local.js';
import { startSesTap } from './ses-tap.js';
import { ensureTable } from './table-setup.js';
import { seedDemoData } from './seed.js';
import { hasDemoData, markDemoData } from './demo-marker.js';
import { localSigningKey, type LocalOptions } from './local-options.js';
import { startReminderLoop } from './reminder-loop.js';
import { startRetentionLoop } from './retention-loop.js';
import { startCampaignLoop } from './campaign-loop.js';
import { startMailLoop } from './mail-loop.js';
import { join } from 'node:path';

export interface RunningLocalHub {
  url: string;
  hub: Hub;
  seeded: boolean;
  stop(): Promise<void>;
}

/**
 * The whole hub in one process tree: DynamoDB Local (a Java child process), the local SES behind a
 * recording tap (in-process), the Hono app, the reminder job every minute, the retention job daily, and the
 * redelivery of transactional mails whose send failed.
 * The AWS SDK clients are the real ones, pointed at these endpoints.
 */
export async function startLocalHub(options: LocalOptions): Promise<RunningLocalHub> {
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse())
      await stop().catch((error) => logger.warn('arrêt incomplet', { error }));
  };
  try {
    const [dynamo, ses] = await Promise.all([
      startDynamoDbLocal(options.dataDir ? { dataDir: join(options.dataDir, 'dynamodb') } : {}),
      startSesLocal(),
    ]);
    stops.push(dynamo.stop, ses.stop);
    const tap = await startSesTap({
      target: ses.endpoint,
      ...(options.dataDir ? { dataDir: join(options.dataDir, 'mailbox') } : {}),
    });
    stops.push(tap.stop);
    const s3 = await startS3Local({
      bucket: configSchema.shape.HUB_KITS_BUCKET.parse(process.env.HUB_KITS_BUCKET),
      ...(options.dataDir ? { directory: join(options.dataDir, 's3') } : {}),
    });
    stops.push(s3.stop);

    const url = `http://localhost:${options.port}`;
    const config = loadConfig({
      ...process.env,
      HUB_BASE_URL: process.env.HUB_BASE_URL ?? url,
      HUB_STAFF_EMAILS: options.staffEmails,
      HUB_SIGNING_KEY: process.env.HUB_SIGNING_KEY ?? localSigningKey(options.dataDir),
      HUB_LOCAL: 'true',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      SES_ENDPOINT: tap.endpoint,
      S3_ENDPOINT: s3.endpoint,
    });
    let demoData = hasDemoData(options.dataDir);
    const { clients, services: hub, app, servicesAt } = buildLocalHub(config, tap.mailbox, () => demoData);
    await ensureTable(clients.dynamo, config.HUB_TABLE_NAME);
    await hub.newsletter.seedTopics();
    const seeded = options.seed && (await seedDemoData(hub, servicesAt));
    if (seeded) {
      markDemoData(options.dataDir);
      demoData = true;
    }

    const server = await listen(app.fetch, options.port);
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    stops.push(startReminderLoop(hub));
    stops.push(startCampaignLoop(hub));
    stops.push(startMailLoop(hub));
    stops.push(startRetentionLoop(hub));

    return { url, hub, seeded, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    // The server's own Response loses the headers a middleware adds once the body is read (a page rendered twice,
    // a test reading app.request()'s answer): the hub keeps the platform's.
    const server = serve({ fetch, port, hostname: '127.0.0.1', overrideGlobalObjects: false }, () =>
      resolve(server),
    );
    server.once('error', reject);
  });
}
