import { beforeAll, describe, expect, it } from 'vitest';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import { eventMonth, filterEvents } from '../../functions/events/pages/event-filters.js';
import { technicalDayBody, webinarBody } from '../events/fixtures.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

// Next year's March and April: upcoming on whatever date the suite runs.
const YEAR = new Date().getUTCFullYear() + 1;

describe('the public event list filters', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await createTestHub();
    const march = await t.hub.events.create(
      technicalDayBody({
        title: 'Journée de mars',
        startsAt: `${YEAR}-03-12T08:00:00Z`,
        endsAt: `${YEAR}-03-12T16:00:00Z`,
      }) as NewEvent,
    );
    const april = await t.hub.events.create(
      webinarBody({
        title: 'Webinaire d’avril',
        startsAt: `${YEAR}-04-02T12:00:00Z`,
        endsAt: `${YEAR}-04-02T13:00:00Z`,
      }) as NewEvent,
    );
    await t.hub.events.publish(march.id);
    await t.hub.events.publish(april.id);
  });

  const list = async (query = '') => {
    const response = await t.app.request(`/${query}`);
    return { status: response.status, html: await response.text() };
  };

  it('place an event in the month of its Paris start', () => {
    expect(eventMonth({ startsAt: '2031-03-31T22:30:00Z' })).toBe('2031-04');
    expect(eventMonth({ startsAt: '2031-03-31T21:30:00Z' })).toBe('2031-03');
    expect(
      filterEvents(
        [
          { kind: 'webinar', startsAt: '2031-03-31T22:30:00Z' },
          { kind: 'webinar', startsAt: '2031-03-01T10:00:00Z' },
        ],
        { mois: '2031-04' },
      ),
    ).toHaveLength(1);
  });

  it('offer a GET form (no JavaScript needed) with the kinds and the months that have events', async () => {
    const { html } = await list();

    expect(html).toContain('<form method="get" action="/" class="filters" role="search"');
    expect(html).toContain('<option value="webinar">Webinaire</option>');
    expect(html).toContain(`<option value="${YEAR}-03">mars ${YEAR}</option>`);
    expect(html).toContain(`<option value="${YEAR}-04">avril ${YEAR}</option>`);
    expect(html).toContain('2 événements');
  });

  it('keep the events of the chosen kind and month, and show the choice selected', async () => {
    const byKind = await list('?type=webinar');
    const byMonth = await list(`?mois=${YEAR}-03`);
    const none = await list(`?type=webinar&mois=${YEAR}-03`);

    expect(byKind.html).toContain('Webinaire d’avril');
    expect(byKind.html).not.toContain('Journée de mars');
    expect(byKind.html).toContain('<option value="webinar" selected="">Webinaire</option>');
    expect(byMonth.html).toContain('Journée de mars');
    expect(byMonth.html).not.toContain('Webinaire d’avril');
    expect(none.html).toContain('Aucun événement ne correspond à ce choix.');
    expect(none.html).toContain('<a href="/">Voir tous les événements</a>');
  });

  it('ignore filters it does not know instead of failing', async () => {
    const { status, html } = await list(`?type=%3Cscript%3E&mois=${YEAR}-13`);

    expect(status).toBe(200);
    expect(html).toContain('Journée de mars');
    expect(html).toContain('Webinaire d’avril');
    expect(html).not.toContain('<script>');
  });
});
