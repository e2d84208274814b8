import type { handler as PublicApiHandler } from '../../functions/lambda/public-api.js';
import type { handler as MailWorkerHandler } from '../../functions/lambda/mail-worker.js';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedEvent, registrationBody } from '../registrations/fixtures.js';
import { mailsTo } from '../support/ses-store.js';
import type { TestHub } from '../support/test-hub.js';
import { httpApiEvent, lambdaContext, lambdaEnvironment, sqsBatch } from './lambda-events.js';

type Handler = typeof PublicApiHandler;
type Response = { statusCode: number; headers: Record<string, string>; body: string };

const MAIL_QUEUE_URL = 'https://sqs.eu-west-3.amazonaws.com/123456789012/FiliereHubApp-MailQueue';

describe('the public API Lambda handler', () => {
  let t: TestHub;
  let handler: Handler;
  let mailWorker: typeof MailWorkerHandler;
  // No SQS server runs here: the mail queue's shape is mocked, and what it was given goes to the mail worker.
  const sqs = mockClient(SQSClient);
  const queuedMails = () =>
    sqs.commandCalls(SendMessageBatchCommand).flatMap((call) => {
      const { QueueUrl, Entries = [] } = call.args[0].input;
      expect(QueueUrl).toBe(MAIL_QUEUE_URL);
      return Entries.map((entry) => entry.MessageBody ?? '');
    });
  const invoke = async (event: ReturnType<typeof httpApiEvent>) =>
    (await handler(event as never, lambdaContext('FiliereHubApp-PublicApi') as never)) as Response;
  /** What API Gateway sends on an explicit route rather than `$default`. */
  const onRoute = (routeKey: string, event: ReturnType<typeof httpApiEvent>) => ({
    ...event,
    routeKey,
    requestContext: { ...event.requestContext, routeKey },
  });

  beforeAll(async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    t = await lambdaEnvironment(undefined, { HUB_MAIL_QUEUE_URL: MAIL_QUEUE_URL });
    ({ handler } = await import('../../functions/lambda/public-api.js'));
    ({ handler: mailWorker } = await import('../../functions/lambda/mail-worker.js'));
  });

  afterAll(() => {
    sqs.restore();
    delete process.env.HUB_MAIL_QUEUE_URL;
  });

  it('lists published events on GET /api/events', async () => {
    const event = await publishedEvent(t);
    const response = await invoke(onRoute('GET /api/events', httpApiEvent('GET', '/api/events')));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const { items } = JSON.parse(response.body) as { items: { slug: string }[] };
    expect(items.map((item) => item.slug)).toContain(event.slug);
  });

  it('registers from the event page form, answers with a page and queues the confirmation, which the mail worker sends through SES', async () => {
    const event = await publishedEvent(t);
    const body = registrationBody();
    const form = new URLSearchParams({ ...body, consent: 'on' }).toString();
    sqs.resetHistory();
    const response = await invoke(
      onRoute(
        'POST /api/events/{slug}/registrations',
        httpApiEvent('POST', `/api/events/${event.slug}/registrations`, {
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: form,
        }),
      ),
    );
    expect(response.statusCode).toBe(201);
    expect(response.headers['content-type']).toContain('text/html');
    const queued = queuedMails();
    expect(queued.map((message) => (JSON.parse(message) as { kind: string }).kind)).toEqual(['confirmed']);
    expect(await mailsTo(body.email)).toEqual([]);

    const outcome = await mailWorker(sqsBatch(queued), lambdaContext('FiliereHubApp-MailWorker'));

    expect(outcome).toEqual({ batchItemFailures: [] });
    const mails = await mailsTo(body.email);
    expect(mails.map((mail) => mail.subject)).toEqual([`Inscription confirmée : ${event.title}`]);
  });

  it('serves an event page with its security policy', async () => {
    const event = await publishedEvent(t);
    const response = await invoke(
      onRoute(
        'GET /evenements/{slug}',
        httpApiEvent('GET', `/evenements/${event.slug}`, { headers: { accept: 'text/html' } }),
      ),
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(event.title);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('knows no staff route: a French 404 page for /admin, problem+json for the staff API', async () => {
    const page = await invoke(httpApiEvent('GET', '/admin', { headers: { accept: 'text/html' } }));
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page introuvable');
    const api = await invoke(httpApiEvent('GET', '/api/admin/events'));
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });
});
