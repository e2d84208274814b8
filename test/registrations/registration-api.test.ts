import { beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../functions/shared/clock.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { mailsTo } from '../support/ses-store.js';
import { RecordingNotifier, partition, publishedEvent, register, registrationBody } from './fixtures.js';

const HOUR = 3_600_000;

describe('POST /api/events/{slug}/registrations (JSON)', () => {
  let t: TestHub;
  let notifier: RecordingNotifier;
  let clock: FixedClock;
  beforeAll(async () => {
    notifier = new RecordingNotifier();
    clock = new FixedClock(new Date());
    t = await createTestHub({ notifier, clock });
  });

  it('confirms a registration and records the consent', async () => {
    const event = await publishedEvent(t);
    const body = registrationBody({ newsletter: true });

    const response = await register(t, event, body);

    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; status: string };
    expect(created.status).toBe('confirmed');
    const stored = await t.hub.registrationStore.get(event.id, created.id);
    expect(stored).toMatchObject({
      email: body.email,
      newsletter: true,
      consent: { at: clock.now().toISOString(), textVersion: 'inscription-2026-11' },
    });
    expect(notifier.of('confirmed').map((n) => n.registrationId)).toContain(created.id);
  });

  it('answers 200, revealing nothing stored, to the same address, whatever its case or spaces', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('doublon');
    await register(t, event, registrationBody({ email }));

    const again = await Promise.all(
      [email, ` ${email.toUpperCase()} `, `\t${email}`.trim(), email.replace(/^d/, 'D')].map((variant) =>
        register(t, event, registrationBody({ email: variant, firstName: 'Autre' })),
      ),
    );

    for (const response of again) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ outcome: 'already-registered' });
    }
    const stored = await partition(t, event.id);
    expect(stored.registrations).toHaveLength(1);
    expect(stored.event?.confirmedCount).toBe(1);
    expect(notifier.of('confirmed').filter((n) => n.email === email)).toHaveLength(1);
  });

  it('lets someone who cancelled register again', async () => {
    const event = await publishedEvent(t);
    const email = uniqueEmail('retour');
    const first = (await (await register(t, event, registrationBody({ email }))).json()) as { id: string };
    await t.hub.registrationStore.cancel(event.id, first.id, clock.now());

    const response = await register(t, event, registrationBody({ email }));

    expect(response.status).toBe(201);
    const second = (await response.json()) as { id: string };
    expect(second.id).not.toBe(first.id);
    expect((await partition(t, event.id)).event?.confirmedCount).toBe(1);
  });

  it('waitlists when full, and refuses with 409 when there is no waitlist', async () => {
    const withList = await publishedEvent(t, { capacity: 1, waitlist: true });
    const withoutList = await publishedEvent(t, { capacity: 1, waitlist: false });
    await register(t, withList);
    await register(t, withoutList);

    const waitlisted = await register(t, withList);
    const refused = await register(t, withoutList);

    expect(waitlisted.status).toBe(201);
    expect(await waitlisted.json()).toMatchObject({ status: 'waitlisted' });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(((await refused.json()) as { detail: string }).detail).toContain('complet');
  });

  it('answers 409 once registration has closed, 410 once the event is over or cancelled', async () => {
    const closing = await publishedEvent(t, {
      registrationClosesAt: new Date(clock.now().getTime() + HOUR).toISOString(),
    });
    const cancelled = await publishedEvent(t);
    await t.hub.events.cancel(cancelled.id);
    const past = await publishedEvent(t);
    const later = new FixedClock(new Date(new Date(past.endsAt).getTime() + HOUR));
    const afterwards = await createTestHub(
      { notifier, clock: later },
      { HUB_TABLE_NAME: t.config.HUB_TABLE_NAME },
    );
    clock.advance(2 * HOUR);

    const closed = await register(t, closing);
    const gone = await register(t, cancelled);
    const over = await register(afterwards, past);

    expect(closed.status).toBe(409);
    expect(((await closed.json()) as { detail: string }).detail).toBe(
      'Les inscriptions à cet événement sont closes.',
    );
    expect(gone.status).toBe(410);
    expect(((await gone.json()) as { detail: string }).detail).toContain('annulé');
    expect(over.status).toBe(410);
    clock.set(new Date(clock.now().getTime() - 2 * HOUR));
  });

  it('answers 404 for an unknown slug and for a draft', async () => {
    const draft = await t.hub.events.create({
      ...(await import('./fixtures.js')).eventInput({}, clock.now()),
      title: 'Brouillon secret',
    });

    expect((await register(t, { ...draft, slug: 'nexiste-pas' })).status).toBe(404);
    expect((await register(t, draft)).status).toBe(404);
  });

  it.each([
    ['firstName', 'Camille\r\nBcc: cible@exemple.fr'],
    ['email', 'camille@exemple.fr\nBcc: cible@exemple.fr'],
    ['lastName', '<script>alert(1)</script>'],
    ['organisation', '<a href="http://x">clic</a>'],
  ])('refuses %s = %j with a French 400 and stores nothing', async (field, value) => {
    const event = await publishedEvent(t);

    const response = await register(t, event, registrationBody({ [field]: value }));

    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Record<string, string[]> };
    expect(problem.errors[field]?.[0]).toMatch(/retour à la ligne|balises|e-mail/);
    const stored = await partition(t, event.id);
    expect(stored.registrations).toHaveLength(0);
    expect(stored.event?.confirmedCount).toBe(0);
  });

  it('refuses a body without consent, and malformed JSON, with 400', async () => {
    const event = await publishedEvent(t);
    const { consent: _, ...withoutConsent } = registrationBody();

    const refused = await register(t, event, withoutConsent);
    const malformed = await register(t, event, '{"firstName":');

    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: Record<string, string[]> }).errors.consent?.[0]).toMatch(
      /^Vous devez accepter/,
    );
    expect(malformed.status).toBe(400);
  });

  it('keeps the registration when the confirmation mail fails', async () => {
    const event = await publishedEvent(t);
    const failing = new RecordingNotifier();
    const hub = await createTestHub(
      { notifier: failing, clock },
      { HUB_TABLE_NAME: t.config.HUB_TABLE_NAME },
    );
    failing.confirmed = async () => {
      throw new Error('SES indisponible');
    };

    const response = await register(hub, event);

    expect(response.status).toBe(201);
    expect((await partition(t, event.id)).registrations).toHaveLength(1);
  });
});

describe('confirmation mails through the local SES', () => {
  it('sends one confirmation, even when the same person registers twice', async () => {
    const t = await createTestHub();
    const event = await publishedEvent(t);
    const email = uniqueEmail('mail');

    const first = await register(t, event, registrationBody({ email }));
    const second = await register(t, event, registrationBody({ email: email.toUpperCase() }));

    expect([first.status, second.status]).toEqual([201, 200]);
    expect(await mailsTo(email)).toHaveLength(1);
  });
});
