import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/test-hub.js';

describe('legal pages', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
  });

  it.each([
    ['/donnees-personnelles', 'Données personnelles', '3 ans'],
    ['/mentions-legales', 'Mentions légales', 'FEDERREC'],
    ['/accessibilite', 'Déclaration d’accessibilité', 'RGAA'],
  ])('%s is a French page saying what it must', async (path, heading, content) => {
    const response = await t.app.request(path);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('lang="fr"');
    expect(html).toContain(`<h1>${heading}</h1>`);
    expect(html).toContain(content);
  });

  it('links every legal page from the footer', async () => {
    const html = await (await t.app.request('/mentions-legales')).text();
    for (const path of ['/mentions-legales', '/donnees-personnelles', '/accessibilite']) {
      expect(html).toContain(`href="${path}"`);
    }
  });
});
