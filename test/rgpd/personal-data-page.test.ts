import { describe, expect, it } from 'vitest';
import { createTestHub } from '../support/test-hub.js';

describe('the personal-data page', () => {
  it('states the configured retention period and what an erasure keeps', async () => {
    const t = await createTestHub({}, { HUB_RETENTION_DAYS: '730', HUB_NEWSLETTER_CONFIRM_DAYS: '5' });

    const html = await (await t.app.request('/donnees-personnelles')).text();

    expect(html).toContain('2 ans après la fin de l’événement');
    expect(html).toContain('au plus 2 ans sans interaction');
    expect(html).toContain('supprimée après 5 jours');
    expect(html).toContain('forme d’empreinte (SHA-256), jamais en clair');
    expect(html).not.toContain('3 ans');
  });
});
