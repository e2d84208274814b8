import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';

describe('the app shell', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
  });

  it('answers /health', async () => {
    const response = await t.app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI 3.1 document', async () => {
    const response = await t.app.request('/openapi.json');
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    // The full app documents the public routes as well as the staff ones.
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/events',
        '/api/events/{slug}/registrations',
        '/api/newsletter/subscriptions',
        '/api/admin/events',
        '/api/admin/events/{id}/registrations.csv',
        '/api/events/{slug}/calendar.ics',
      ]),
    );
  });

  it('answers unknown API paths with problem+json', async () => {
    const response = await t.app.request('/api/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
