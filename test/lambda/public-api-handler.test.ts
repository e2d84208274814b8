import type { handler as PublicApiHandler } from '../../functions/lambda/public-api.js';
import type { handler as MailWorkerHandler } from '../../functions/lambda/mail-worker.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxDeliveries } from '../../functions/outbox/outbox-stream.js';
import { publishedEvent, registrationBody } from '../registrations/fixtures.js';
import { mailsTo } from '../support/ses-store.js';
import { TableStream } from '../support/table-stream.js';
import type { TestHub } from '../support/test-hub.js';
import { httpApiEvent, lambdaContext, lambdaEnvironment } from './lambda-events.js';

type Handler = typeof PublicApiHandler;
type Response = { statusCode: number; headers: Record<string, string>; body: string };

describe('the public API Lambda handler', () => {
  let t: TestHub;
  let handler: Handler;
  let mailWorker: typeof MailWorkerHandler;
  // The mails go into the table; its stream (DynamoDB Local's) carries them to the mail worker.
  let stream: TableStream;
  const invoke = async (event: ReturnType<typeof httpApiEvent>) =>
    (await handler(event as never, lambdaContext('FiliereHubApp-PublicApi') as never)) as Response;
  /** What API Gateway sends on an explicit route rather than `$default`. */
  const onRoute = (routeKey: string, event: ReturnType<typeof httpApiEvent>) => ({
    ...event,
    routeKey,
    requestContext: { ...event.requestContext, routeKey },
  });

  beforeAll(async () => {
    t = await lambdaEnvironment();
    stream = await TableStream.enable(t);
    ({ handler } = await import('../../functions/lambda/public-api.js'));
    ({ handler: mailWorker } = await import('../../functions/lambda/mail-worker.js'));
  });

  afterAll(() => stream.destroy());

  it('lists published events on GET /api/events', async () => {
    const event = await publishedEvent(t);
    const response = await invoke(onRoute('GET /api/events', httpApiEvent('GET', '/api/events')));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const { items } = JSON.parse(response.body) as { items: { slug: string }[] };
    expect(items.map((item) => item.slug)).toContain(event.slug);
  });

  it('registers from the event page form, answers with a page and queues the confirmation in the table, whose stream the mail worker sends it from through SES', async () => {
    const event = await publishedEvent(t);
    const body = registrationBody();
    const form = new URLSearchParams({ ...body, consent: 'on' }).toString();
    await stream.next();
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
    const written = await stream.next();
    const queued = outboxDeliveries(written).map(
      (delivery) => (JSON.parse(delivery.body!) as { kind: string }).kind,
    );
    expect(queued).toEqual(['confirmed']);
    // The registration's own items travel on the stream too: the worker leaves them alone.
    expect(written.Records.length).toBeGreaterThan(1);
    expect(await mailsTo(body.email)).toEqual([]);

    const outcome = await mailWorker(written, lambdaContext('FiliereHubApp-MailWorker'));

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
