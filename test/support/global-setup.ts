import type { TestProject } from 'vitest/node';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serve } from '@hono/node-server';
import { startDynamoDbLocal } from '../../functions/local/dynamodb-local.js';
import { startSesLocal } from '../../functions/local/ses-local.js';
import { startS3Local } from '../../functions/local/s3-local.js';
import { startSesTap } from '../../functions/local/ses-tap.js';
import { freePort } from '../../functions/local/free-port.js';
import { registerMailboxRoutes } from '../../functions/local/mailbox-routes.js';
import type { HubEnv } from '../../functions/http/env.js';
import { registerMailLookupRoutes } from './mail-lookup-routes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    /** The local S3 (s3rver) and the kits bucket it holds for the run. */
    s3Endpoint: string;
    kitsBucket: string;
    /** The recording tap in front of the local SES: the SES client talks to it, `/store` passes through. */
    sesEndpoint: string;
    /** Serves the local mailbox routes (`/_local/mail`…) over what the tap recorded, and the tests' mail look-ups. */
    mailboxEndpoint: string;
  }
}

/** One DynamoDB Local and one local SES (behind the mailbox tap) for the whole run; each test file makes its own table. */
export default async function setup(project: TestProject) {
  const s3 = await startS3Local({ bucket: 'filiere-hub-kits-test' });
  project.provide('s3Endpoint', s3.endpoint);
  project.provide('kitsBucket', 'filiere-hub-kits-test');
  const [dynamo, ses, mailboxPort] = await Promise.all([startDynamoDbLocal(), startSesLocal(), freePort()]);
  const tap = await startSesTap({ target: ses.endpoint });
  const mailboxApp = new OpenAPIHono<HubEnv>();
  registerMailboxRoutes(mailboxApp, tap.mailbox);
  registerMailLookupRoutes(mailboxApp, { sesEndpoint: ses.endpoint, mailbox: tap.mailbox });
  const mailboxServer = serve({
    fetch: mailboxApp.fetch,
    port: mailboxPort,
    hostname: '127.0.0.1',
    overrideGlobalObjects: false,
  });

  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('sesEndpoint', tap.endpoint);
  project.provide('mailboxEndpoint', `http://127.0.0.1:${mailboxPort}`);
  return async () => {
    await s3.stop();
    await new Promise<void>((resolve) => mailboxServer.close(() => resolve()));
    await tap.stop();
    await Promise.all([dynamo.stop(), ses.stop()]);
  };
}
