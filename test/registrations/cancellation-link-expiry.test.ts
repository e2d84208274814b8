import { beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import { CANCEL_PURPOSE } from '../../functions/registrations/cancellation-link.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { lastMailTo } from '../support/local-mailbox.js';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { postForm, postJson, publishedEvent, register, registrationBody } from './fixtures.js';

// Finding 8 of #14: a cancellation link expires once its event is well over (30 days after its end), and
// links mailed before links expired keep working; a hostile token is refused, never an error 500.
const DAY = 24 * 60 * 60 * 1000;

describe('cancellation links expire after their event', () => {
  let t: TestHub;
  let clock: FixedClock;
  let start: Date;
  beforeAll(async () => {
    start = new Date();
    clock = new FixedClock(start);
    t = await createTestHub({ clock });
  });

  /** A registration made through the API, and the cancellation token its confirmation mail carries. */
  async function registeredWithMail(): Promise<{ event: HubEvent; id: string; token: string }> {
    clock.set(start);
    const event = await publishedEvent(t);
    const email = uniqueEmail('annulable');
    const response = await register(t, event, registrationBody({ email }));
    const { id } = (await response.json()) as { id: string };
    const mail = await lastMailTo(email);
    const link = /\/inscriptions\/annuler\?token=([^\s"<>]+)/.exec(mail.text ?? '')?.[1];
    if (!link) throw new Error(`no cancellation link in the mail to ${email}`);
    return { event, id, token: decodeURIComponent(link) };
  }

  const page = (token: string) => t.app.request(`/inscriptions/annuler?token=${encodeURIComponent(token)}`);

  it('the mailed link expires 30 days after the event ends', async () => {
    const { event, token } = await registeredWithMail();
    const expiry = parseInt(token.split('.')[1]!, 36) * 1000;

    expect(expiry).toBe(Math.floor((new Date(event.endsAt).getTime() + 30 * DAY) / 1000) * 1000);
  });

  it('cancels before the event, and says the link expired once that date passed', async () => {
    const { event, id, token } = await registeredWithMail();
    const end = new Date(event.endsAt).getTime();

    clock.set(new Date(end + 29 * DAY));
    const afterEvent = await page(token);
    clock.set(new Date(end + 31 * DAY));
    const expiredPage = await page(token);
    const expiredPost = await postForm(t, '/inscriptions/annuler', { token });
    const expiredApi = await postJson(t, '/api/registrations/cancel', { token });

    expect(afterEvent.status).toBe(200);
    for (const response of [expiredPage, expiredPost]) {
      expect(response.status).toBe(410);
      expect(await response.text()).toContain('Ce lien d’annulation a expiré');
    }
    expect(expiredApi.status).toBe(410);
    expect(((await expiredApi.json()) as { type: string }).type).toMatch(/lien-expire$/);
    expect((await t.hub.registrationStore.get(event.id, id))?.status).toBe('confirmed');

    clock.set(start);
    const cancelled = await postJson(t, '/api/registrations/cancel', { token });
    expect(cancelled.status).toBe(200);
  });

  it('keeps honouring a link mailed before links expired', async () => {
    const { event, id } = await registeredWithMail();
    const legacy = t.hub.signer.sign(CANCEL_PURPOSE, `${event.id}:${id}`);

    const response = await postJson(t, '/api/registrations/cancel', { token: legacy });

    expect(response.status).toBe(200);
    expect((await t.hub.registrationStore.get(event.id, id))?.status).toBe('cancelled');
  });

  it('refuses hostile and tampered tokens with a French 400, never an error 500', async () => {
    const { event, id, token } = await registeredWithMail();
    const [subject, expiry, mac] = token.split('.') as [string, string, string];
    const hostile = [
      `${subject}.${(parseInt(expiry, 36) + 365 * 86_400).toString(36)}.${mac}`,
      `${subject}..${mac}`,
      `${subject}.${expiry}`,
      `${subject}.zzzzzzzzzzzzzzzzzzzz.${mac}`,
      'A'.repeat(4000),
      'é.é.é',
      '...',
      t.hub.newsletterLinks.preferencesToken(uniqueEmail('autre')),
    ];

    for (const value of hostile) {
      const responses = [
        await page(value),
        await postForm(t, '/inscriptions/annuler', { token: value }),
        await postJson(t, '/api/registrations/cancel', { token: value }),
      ];
      for (const response of responses) expect(response.status, value.slice(0, 40)).toBe(400);
    }
    expect((await t.hub.registrationStore.get(event.id, id))?.status).toBe('confirmed');
  });
});
