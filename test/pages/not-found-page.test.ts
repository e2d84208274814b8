import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';

describe('an address that matches nothing', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await createTestHub();
  });

  it('shows a browser a French 404 page with ways back', async () => {
    const response = await t.app.request('/evenement-mal-ecrit', { headers: { accept: 'text/html' } });
    const html = await response.text();

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1>Page introuvable</h1>');
    expect(html).toContain('href="/kits"');
  });

  it('keeps answering problem+json to API clients, even when they accept HTML', async () => {
    const response = await t.app.request('/api/inconnue', { headers: { accept: 'text/html,*/*' } });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
