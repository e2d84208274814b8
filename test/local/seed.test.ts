import { describe, expect, it } from 'vitest';
import { createTestHub } from '../support/test-hub.js';
import { seedDemoData } from '../../functions/local/seed.js';

describe('the demo programme', () => {
  it('is seeded with each description rendered, as staff saving it would', async () => {
    const t = await createTestHub();

    const seeded = await seedDemoData(t.hub);

    const events = await t.hub.events.listAll();
    expect(seeded).toBe(true);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.descriptionHtml).toMatch(/^<(p|h2|ul)>/);
    expect(events.map((event) => event.descriptionHtml).join('')).toContain(
      '<strong>néodyme-fer-bore (NdFeB)</strong>',
    );
  });
});
