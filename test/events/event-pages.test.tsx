import { beforeAll, describe, expect, it } from 'vitest';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { keys } from '../../functions/store/keys.js';
import type { NewEvent } from '../../functions/events/event-admin-service.js';
import type { HubEvent } from '../../functions/events/event.js';
import { EventPage } from '../../functions/events/pages/event-page.js';
import { SECRET_JOIN_URL, technicalDayBody, webinarBody } from './fixtures.js';

/** The next year whose 12 March is a Wednesday: an upcoming event on whatever date the suite runs. */
function nextYearWithWednesday12March(): number {
  let year = new Date().getUTCFullYear() + 1;
  while (new Date(Date.UTC(year, 2, 12)).getUTCDay() !== 3) year += 1;
  return year;
}

describe('public event pages', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await createTestHub();
  });

  async function published(body: Record<string, unknown>): Promise<HubEvent> {
    const event = await t.hub.events.create(body as NewEvent);
    return t.hub.events.publish(event.id);
  }

  async function fill(event: HubEvent, confirmedCount: number): Promise<void> {
    await t.clients.dynamo.send(
      new UpdateCommand({
        TableName: t.config.HUB_TABLE_NAME,
        Key: keys.event(event.id),
        UpdateExpression: 'SET confirmedCount = :c',
        ExpressionAttributeValues: { ':c': confirmedCount },
      }),
    );
  }

  async function page(path: string): Promise<{ status: number; html: string }> {
    const response = await t.app.request(path, { headers: { accept: 'text/html' } });
    return { status: response.status, html: await response.text() };
  }

  it('lists upcoming events on the home page, in French, in Paris time', async () => {
    const year = nextYearWithWednesday12March();
    const day = await published(
      technicalDayBody({
        title: 'Journée aimants & « terres rares »',
        startsAt: `${year}-03-12T09:00:00+01:00`,
        endsAt: `${year}-03-12T17:00:00+01:00`,
      }),
    );
    const webinar = await published(webinarBody({ title: 'Webinaire complet', capacity: 2, waitlist: true }));
    await fill(webinar, 2);
    const closed = await published(
      technicalDayBody({ title: 'Formation pleine', kind: 'training', capacity: 1, waitlist: false }),
    );
    await fill(closed, 1);

    const { status, html } = await page('/');

    expect(status).toBe(200);
    expect(html).toContain(`href="/evenements/${day.slug}"`);
    expect(html).toContain('Journée aimants &amp; « terres rares »');
    // Intl separates the range with thin spaces.
    expect(html.replace(/\s/g, ' ')).toContain(`mercredi 12 mars ${year}, 09:00 – 17:00`);
    expect(html).toContain('Journée technique');
    expect(html).toContain('Webinaire');
    expect(html).toContain('Formation');
    expect(html).toContain('Lyon');
    expect(html).toContain('En ligne');
    expect(html).toContain('40 places restantes');
    expect(html).toContain('Complet — liste d’attente');
    expect(html).toMatch(/· Complet<\/p>/);
    expect(html).not.toContain('salle-secrete');
  });

  it('shows the event and its registration form, without the join URL', async () => {
    const webinar = await published(
      webinarBody({ title: 'Webinaire : récupération', speakers: ['Inès Carré'] }),
    );

    const { status, html } = await page(`/evenements/${webinar.slug}`);

    expect(status).toBe(200);
    expect(html).not.toContain(SECRET_JOIN_URL);
    expect(html).not.toContain('salle-secrete');
    expect(html).toContain('Inès Carré');
    expect(html).toContain(`<form method="post" action="/api/events/${webinar.slug}/registrations"`);
    for (const field of ['firstName', 'lastName', 'email', 'organisation', 'role', 'consent', 'newsletter']) {
      expect(html).toContain(`<label for="${field}">`);
      expect(html).toMatch(new RegExp(`<input[^>]*id="${field}"[^>]*name="${field}"`));
    }
    expect(html).toMatch(/<input type="email" id="email" name="email"[^>]*autocomplete="email"/);
    expect(html).toMatch(/<input type="checkbox" id="consent" name="consent" value="true" required=""/);
    expect(html).toMatch(/<input type="checkbox" id="newsletter" name="newsletter" value="true"\s*\/>/);
    expect(html).toContain('href="/donnees-personnelles"');
  });

  it('renders the description as safe HTML', async () => {
    const event = await published(
      technicalDayBody({ description: '**Gras** et [lien](javascript:alert(1))' }),
    );

    const { html } = await page(`/evenements/${event.slug}`);

    expect(html).toContain('<strong>Gras</strong>');
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('explains why registration is closed instead of showing the form', async () => {
    const event = await published(technicalDayBody({ title: 'Annulée bientôt' }));
    await t.hub.events.cancel(event.id);

    const { status, html } = await page(`/evenements/${event.slug}`);

    expect(status).toBe(200);
    expect(html).toContain('Cet événement a été annulé.');
    expect(html).not.toContain('<form');
  });

  it('says the event is full when there is no waitlist', async () => {
    const event = await published(technicalDayBody({ title: 'Petite salle', capacity: 1, waitlist: false }));
    await fill(event, 1);

    const { html } = await page(`/evenements/${event.slug}`);

    expect(html).toContain('Cet événement est complet');
    expect(html).not.toContain('<form');
  });

  it('answers 404 with an HTML page for drafts and unknown slugs', async () => {
    const draft = await t.hub.events.create(technicalDayBody({ title: 'Brouillon secret' }) as NewEvent);

    for (const path of [`/evenements/${draft.slug}`, '/evenements/inconnu']) {
      const { status, html } = await page(path);
      expect(status).toBe(404);
      expect(html).toContain('Événement introuvable');
      expect(html).not.toContain('Brouillon secret');
    }
  });
});

describe('EventPage after a refused registration', () => {
  const event: HubEvent = {
    ...(technicalDayBody() as NewEvent),
    id: 'e1',
    slug: 'journee',
    waitlist: true,
    status: 'published',
    sequence: 0,
    confirmedCount: 0,
    waitlistedCount: 0,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };

  const html = (
    <EventPage
      event={event}
      now={new Date()}
      form={{
        values: {
          firstName: 'Zoé "<b>"',
          lastName: '',
          email: 'zoe@',
          organisation: 'MagREESource',
          consent: false,
        },
        errors: { lastName: ['Indiquez votre nom.'], email: ['Indiquez une adresse e-mail valide.'] },
        message: 'Vérifiez les champs signalés.',
      }}
    />
  ).toString();

  it('keeps what was typed, escaped', () => {
    expect(html).toContain('value="Zoé &quot;&lt;b&gt;&quot;"');
    expect(html).toContain('value="MagREESource"');
    expect(html).toContain('value="zoe@"');
    expect(html).not.toMatch(/id="consent"[^>]*checked/);
  });

  it('shows each message beside its field, linked for assistive technologies', () => {
    expect(html).toMatch(/id="lastName"[^>]*aria-invalid="true"[^>]*aria-describedby="lastName-erreur"/);
    expect(html).toContain('<p class="error" id="lastName-erreur">Indiquez votre nom.</p>');
    expect(html).toContain('<p class="error" id="email-erreur">Indiquez une adresse e-mail valide.</p>');
    expect(html).not.toMatch(/id="firstName"[^>]*aria-invalid/);
  });

  it('summarises the errors at the top with links to the fields, and shows the message', () => {
    const summary = html.slice(html.indexOf('class="error-summary"'), html.indexOf('id="firstName"'));
    expect(summary).toContain('href="#lastName"');
    expect(summary).toContain('href="#email"');
    expect(html).toContain('Vérifiez les champs signalés.');
  });
});
