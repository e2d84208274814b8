import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { DashboardPage } from '../../functions/admin/dashboard-page.js';
import { fillRateShares, fillRateText } from '../../functions/admin/fill-rate.js';
import { RegistrationsChart } from '../../functions/admin/registrations-chart.js';
import { chartDays, cumulativeSeries } from '../../functions/admin/registration-series.js';

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
  return (<DashboardPage events={events} now={now} chart={[]} />).toString();
}

describe('the staff dashboard', () => {
  it('shows kind, Paris time, French status, fill rate and the registration links of each event', () => {
    const html = render([event()]);

    expect(html).toContain('Journée technique');
    expect(html).toContain('jeudi 12 mars 2026');
    expect(html).toContain('09:00');
    expect(html).toContain('Publié');
    expect(html).toContain('10 / 40 places (25\u00a0%)');
    expect(html).toContain('style="width:23.3%"');
    expect(html).toContain('3 en liste d’attente');
    expect(html).toContain('href="/admin/evenements/evt1/inscriptions"');
    expect(html).toContain('href="/admin/evenements/evt1/modifier"');
    expect(html).toContain('href="/admin/evenements/evt1/annuler"');
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

  it('lists drafts and published events not over yet as upcoming, and leaves the others out', () => {
    const html = render([
      event({ id: 'past', title: 'Passé', startsAt: '2026-02-01T08:00:00Z', endsAt: '2026-02-01T16:00:00Z' }),
      event({ id: 'draft', title: 'Brouillon à venir', status: 'draft' }),
      event({ id: 'off', title: 'Annulé ici', status: 'cancelled' }),
    ]);
    const upcoming = html.slice(html.indexOf('id="a-venir"'), html.indexOf('id="courbe"'));

    expect(upcoming).toContain('Brouillon à venir');
    expect(upcoming).not.toContain('Passé');
    expect(upcoming).not.toContain('Annulé ici');
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

  it('splits the bar into confirmed seats, free seats and the waitlist beyond the capacity', () => {
    expect(fillRateShares({ capacity: 10, confirmedCount: 5, waitlistedCount: 0 })).toEqual({
      confirmed: 50,
      free: 50,
      waitlisted: 0,
    });
    expect(fillRateShares({ capacity: 10, confirmedCount: 10, waitlistedCount: 10 })).toEqual({
      confirmed: 50,
      free: 0,
      waitlisted: 50,
    });
    expect(fillRateShares({ capacity: undefined, confirmedCount: 3, waitlistedCount: 0 })).toBeUndefined();
  });
});

describe('the registrations chart', () => {
  it('counts registrations per Paris day, cumulatively, those before the window included', () => {
    const days = ['2026-03-10', '2026-03-11', '2026-03-12'];
    // 23:30 UTC on the 10th is already the 11th in Paris.
    const created = [
      '2026-03-01T10:00:00Z',
      '2026-03-10T09:00:00Z',
      '2026-03-10T23:30:00Z',
      '2026-03-12T08:00:00Z',
    ];

    expect(cumulativeSeries(created, days)).toEqual([
      { day: '2026-03-10', total: 2 },
      { day: '2026-03-11', total: 3 },
      { day: '2026-03-12', total: 4 },
    ]);
  });

  it('covers at least a week and at most thirty days, ending today in Paris', () => {
    const lateEvening = new Date('2026-03-12T23:30:00Z');

    const week = chartDays(lateEvening, '2026-03-12T10:00:00Z');
    const month = chartDays(lateEvening, '2025-12-01T10:00:00Z');

    expect(week).toHaveLength(7);
    expect(week.at(-1)).toBe('2026-03-13');
    expect(month).toHaveLength(30);
    expect(month[0]).toBe('2026-02-12');
  });

  it('draws one line per event, described in words and given as a table', () => {
    const html = (
      <RegistrationsChart
        series={[
          {
            title: 'Journée <Lyon>',
            points: [
              { day: '2026-03-11', total: 1 },
              { day: '2026-03-12', total: 4 },
            ],
          },
          {
            title: 'Webinaire',
            points: [
              { day: '2026-03-11', total: 0 },
              { day: '2026-03-12', total: 2 },
            ],
          },
        ]}
      />
    ).toString();

    expect(html.match(/<polyline/g)).toHaveLength(2);
    expect(html).toContain('role="img"');
    expect(html).toContain('Totaux : Journée &lt;Lyon&gt; : 4 ; Webinaire : 2.');
    expect(html).toContain('<figcaption>');
    expect(html).toContain('<th scope="row">12 mars 2026</th><td>4</td><td>2</td>');
  });
});
