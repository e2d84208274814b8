import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { aWebinar, anEvent } from '../mail/fixtures.js';

describe('calendar routes', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
    await t.hub.eventStore.create(anEvent({ id: 'evt-lyon', slug: 'journee-lyon' }));
    await t.hub.eventStore.create(aWebinar({ id: 'evt-webinaire', slug: 'webinaire-terres-rares' }));
    await t.hub.eventStore.create(anEvent({ id: 'evt-brouillon', slug: 'brouillon', status: 'draft' }));
  });

  it('serves one published event as an iCalendar file, without the join URL', async () => {
    const response = await t.app.request('/api/events/webinaire-terres-rares/calendar.ics');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(body));
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).toBe(
      'evt-webinaire@filiere-hub',
    );
    expect(body).not.toContain('visio.exemple.fr');
  });

  it('answers a draft or an unknown event with a 404 problem', async () => {
    for (const slug of ['brouillon', 'inconnu']) {
      const response = await t.app.request(`/api/events/${slug}/calendar.ics`);

      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('offers a feed of every published event to subscribe to', async () => {
    const response = await t.app.request('/calendar.ics');

    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const uids = calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'));
    expect(uids.sort()).toEqual(['evt-lyon@filiere-hub', 'evt-webinaire@filiere-hub']);
  });
});
