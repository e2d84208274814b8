import { beforeAll, describe, expect, it } from 'vitest';
import type { Registration } from '../../functions/registrations/registration.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import {
  RecordingNotifier,
  cancellationToken,
  partition,
  postForm,
  postJson,
  publishedEvent,
  registerInOrder,
} from './fixtures.js';

describe('cancelling a registration', () => {
  let t: TestHub;
  let notifier: RecordingNotifier;
  beforeAll(async () => {
    notifier = new RecordingNotifier();
    t = await createTestHub({ notifier });
  });

  const cancel = (registration: Registration) =>
    postJson(t, '/api/registrations/cancel', { token: cancellationToken(t, registration) });

  it('frees the seat and promotes the first waitlisted person in the same step', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    const [holder, first, second] = await registerInOrder(t, event, 3);

    const response = await cancel(holder!);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: holder!.id, status: 'cancelled' });
    const stored = await partition(t, event.id);
    const byId = new Map(stored.registrations.map((r) => [r.id, r]));
    expect(byId.get(holder!.id)?.status).toBe('cancelled');
    expect(byId.get(first!.id)?.status).toBe('confirmed');
    expect(byId.get(second!.id)?.status).toBe('waitlisted');
    expect(stored.event).toMatchObject({ confirmedCount: 1, waitlistedCount: 1 });
    expect(stored.waitlist.map((entry) => entry.registrationId)).toEqual([second!.id]);
    expect(notifier.of('promoted').map((n) => n.registrationId)).toContain(first!.id);
    expect(notifier.of('cancelled').map((n) => n.registrationId)).toContain(holder!.id);
  });

  it('frees the seat when nobody waits, and removes a waitlisted person from the list', async () => {
    const event = await publishedEvent(t, { capacity: 1, waitlist: true });
    const [holder, waiting] = await registerInOrder(t, event, 2);

    await cancel(waiting!);
    await cancel(holder!);

    const stored = await partition(t, event.id);
    expect(stored.event).toMatchObject({ confirmedCount: 0, waitlistedCount: 0 });
    expect(stored.waitlist).toHaveLength(0);
    expect(stored.claims).toHaveLength(0);
  });

  it('is idempotent: cancelling twice, even at once, cancels once', async () => {
    const event = await publishedEvent(t, { capacity: 2, waitlist: true });
    const [holder, , waiting] = await registerInOrder(t, event, 3);

    const responses = await Promise.all([cancel(holder!), cancel(holder!), cancel(holder!)]);

    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const stored = await partition(t, event.id);
    expect(stored.event).toMatchObject({ confirmedCount: 2, waitlistedCount: 0 });
    expect(stored.registrations.find((r) => r.id === waiting!.id)?.status).toBe('confirmed');
    expect(notifier.of('cancelled').filter((n) => n.registrationId === holder!.id)).toHaveLength(1);
    expect(notifier.of('promoted').filter((n) => n.registrationId === waiting!.id)).toHaveLength(1);
  });

  it('never promotes anyone twice nor loses a seat when many cancel at once', async () => {
    const event = await publishedEvent(t, { capacity: 5, waitlist: true });
    const all = await registerInOrder(t, event, 8);
    const confirmed = all.slice(0, 5);
    const waiting = all.slice(5);

    await Promise.all(confirmed.map(cancel));

    const stored = await partition(t, event.id);
    const statuses = new Map(stored.registrations.map((r) => [r.id, r.status]));
    expect(confirmed.every((r) => statuses.get(r.id) === 'cancelled')).toBe(true);
    expect(waiting.every((r) => statuses.get(r.id) === 'confirmed')).toBe(true);
    expect(stored.event).toMatchObject({ confirmedCount: 3, waitlistedCount: 0 });
    expect(stored.waitlist).toHaveLength(0);
    const promoted = notifier.of('promoted').filter((n) => waiting.some((r) => r.id === n.registrationId));
    expect(promoted).toHaveLength(3);
  });

  it('refuses a forged or mis-purposed token with a French 400', async () => {
    const event = await publishedEvent(t);
    const [holder] = await registerInOrder(t, event, 1);
    const forged = cancellationToken(t, holder!).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const otherPurpose = t.hub.signer.sign('unsubscribe', `${event.id}:${holder!.id}`);

    for (const token of [forged, otherPurpose, 'n-importe-quoi']) {
      const response = await postJson(t, '/api/registrations/cancel', { token });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { detail: string }).detail).toContain(
        'lien d’annulation est invalide',
      );
    }
    expect((await t.hub.registrationStore.get(event.id, holder!.id))?.status).toBe('confirmed');
  });

  it('shows a confirmation page on GET without changing anything, and cancels on POST', async () => {
    const event = await publishedEvent(t);
    const [holder] = await registerInOrder(t, event, 1);
    const token = cancellationToken(t, holder!);

    const page = await t.app.request(`/inscriptions/annuler?token=${encodeURIComponent(token)}`);

    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Confirmer l’annulation');
    expect(html).toContain('method="post"');
    expect((await t.hub.registrationStore.get(event.id, holder!.id))?.status).toBe('confirmed');

    const done = await postForm(t, '/inscriptions/annuler', { token });
    const again = await postForm(t, '/inscriptions/annuler', { token });

    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Votre inscription est annulée');
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('déjà annulée');
    expect((await t.hub.registrationStore.get(event.id, holder!.id))?.status).toBe('cancelled');
  });

  it('answers an invalid link with a French page, 400 when forged and 404 when unknown', async () => {
    const forged = await t.app.request('/inscriptions/annuler?token=abc.def.ghi');
    const unknown = await t.app.request(
      `/inscriptions/annuler?token=${encodeURIComponent(t.hub.signer.sign('cancel-registration', 'evenement:inconnu'))}`,
    );

    expect(forged.status).toBe(400);
    expect(forged.headers.get('content-type')).toContain('text/html');
    expect(await forged.text()).toContain('Annulation impossible');
    expect(unknown.status).toBe(404);
  });
});
