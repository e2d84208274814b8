import type { handler as ApiHandler } from '../../functions/lambda/api.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventService } from '../../functions/events/event-service.js';
import { logger } from '../../functions/shared/logger.js';
import { publishedEvent, registrationBody } from '../registrations/fixtures.js';
import { mailsTo } from '../support/ses-store.js';
import type { TestHub } from '../support/test-hub.js';
import { httpApiEvent, lambdaContext, lambdaEnvironment } from './lambda-events.js';

type Handler = typeof ApiHandler;
type Response = { statusCode: number; headers: Record<string, string>; body: string };

describe('the API Lambda handler', () => {
  let t: TestHub;
  let handler: Handler;
  const invoke = async (event: ReturnType<typeof httpApiEvent>) =>
    (await handler(event as never, lambdaContext('FiliereHubApp-Api') as never)) as Response;

  beforeAll(async () => {
    t = await lambdaEnvironment();
    ({ handler } = await import('../../functions/lambda/api.js'));
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers GET /health', async () => {
    const response = await invoke(httpApiEvent('GET', '/health'));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
  });

  it('lists published events on GET /api/events', async () => {
    const event = await publishedEvent(t);
    const response = await invoke(httpApiEvent('GET', '/api/events'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const { items } = JSON.parse(response.body) as { items: { slug: string }[] };
    expect(items.map((item) => item.slug)).toContain(event.slug);
  });

  it('registers through a JSON POST and sends the confirmation through SES', async () => {
    const event = await publishedEvent(t);
    const body = registrationBody();
    const response = await invoke(
      httpApiEvent('POST', `/api/events/${event.slug}/registrations`, {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
    expect(response.statusCode).toBe(201);
    expect(JSON.parse(response.body)).toMatchObject({ status: 'confirmed' });
    const mails = await mailsTo(body.email);
    expect(mails.map((mail) => mail.subject)).toEqual([`Inscription confirmée : ${event.title}`]);
  });

  it('answers an unknown path with problem+json, not a 5xx', async () => {
    const response = await invoke(httpApiEvent('GET', '/api/nope'));
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it("logs with API Gateway's request id, whatever x-request-id the client sends", async () => {
    vi.spyOn(EventService.prototype, 'listUpcoming').mockRejectedValueOnce(new Error('table unreachable'));
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => {});
    const response = await invoke(
      httpApiEvent('GET', '/api/events', { headers: { 'x-request-id': '<script>alert(1)</script>' } }),
    );
    expect(response.statusCode).toBe(500);
    expect(logged).toHaveBeenCalledWith(
      'request failed',
      expect.objectContaining({ requestId: 'JKJaXmPLvHcESHA=' }),
    );
  });
});
