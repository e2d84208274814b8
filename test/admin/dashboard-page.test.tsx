import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { EventsOverviewPage } from '../../functions/admin/events-overview-page.js';
import { fillRateText } from '../../functions/admin/fill-rate.js';

const now = new Date('2026-03-01T12:00:00Z');

function event(overrides: Partial<HubEvent> = {}): HubEvent {
  return {
    id: 'evt1',
    slug: 'journee-ndfeb',
    kind: 'technical-day',
    title: 'Journée <NdFeB> & recyclage',
    summary: 'Résumé',
    description: 'Description',
    startsAt: '2026-03-12T08:00:00Z',
    endsAt: '2026-03-12T16:00:00Z',
    capacity: 40,
    waitlist: true,
    status: 'published',
    sequence: 0,
    confirmedCount: 10,
    waitlistedCount: 3,
    createdAt: '2026-02-01T00:00:00Z',
    updatedAt: '2026-02-01T00:00:00Z',
    ...overrides,
  };
}

function render(events: HubEvent[]): string {
  return (<EventsOverviewPage events={events} now={now} />).toString();
}

describe('the staff events overview', () => {
  it('shows kind, Paris time, French status, fill rate and the registration links of each event', () => {
    const html = render([event()]);

    expect(html).toContain('Journée technique');
    expect(html).toContain('jeudi 12 mars 2026');
    expect(html).toContain('09:00');
    expect(html).toContain('Publié');
    expect(html).toContain('10 / 40 places (25\u00a0%)');
    expect(html).toContain('style="width:25%"');
    expect(html).toContain('3 en liste d’attente');
    expect(html).toContain('href="/api/admin/events/evt1/registrations"');
    expect(html).toContain('href="/api/admin/events/evt1/registrations.csv"');
    expect(html).toContain('Journée &lt;NdFeB&gt; &amp; recyclage');
    expect(html).not.toContain('<NdFeB>');
  });

  it('offers a publish button for drafts only, and a sign-out button', () => {
    const html = render([event({ id: 'draft1', status: 'draft' }), event({ id: 'pub1' })]);

    expect(html).toContain('action="/admin/evenements/draft1/publier"');
    expect(html).not.toContain('action="/admin/evenements/pub1/publier"');
    expect(html).toContain('Brouillon');
    expect(html).toContain('action="/deconnexion"');
  });

  it('shows events that are over as completed, and cancelled ones as such', () => {
    const html = render([
      event({ id: 'past', startsAt: '2026-02-01T08:00:00Z', endsAt: '2026-02-01T16:00:00Z' }),
      event({ id: 'off', status: 'cancelled' }),
    ]);

    expect(html).toContain('Terminé');
    expect(html).toContain('Annulé');
  });

  it('words the fill rate for unlimited and full events', () => {
    expect(fillRateText({ capacity: undefined, confirmedCount: 7, waitlistedCount: 0 })).toBe(
      '7 inscrits · places illimitées',
    );
    expect(fillRateText({ capacity: 50, confirmedCount: 50, waitlistedCount: 4 })).toBe(
      '50 / 50 places (100\u00a0%)',
    );
  });
});
