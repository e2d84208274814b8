import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubEvent } from '../../functions/events/event.js';
import type { Registration } from '../../functions/registrations/registration.js';
import { FixedClock } from '../../functions/shared/clock.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { DRAWN, RecordingMailer, register, signSlot, twoDayTraining } from '../training/training-fixtures.js';
import type { TrainingHub } from '../training/training-fixtures.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage, loadAndWeigh } from './journeys.js';

/** The first link of a mail to this person whose path starts with `prefix`. */
function linkIn(mailer: RecordingMailer, registration: Registration, prefix: string): string {
  const texts = mailer.to(registration.email).map((mail) => mail.text ?? '');
  const path = texts
    .map((text) => new RegExp(`https?://[^/\\s]+(${prefix}[^\\s]+)`).exec(text)?.[1])
    .find(Boolean);
  expect(path, `a ${prefix} link mailed to ${registration.email}`).toBeDefined();
  return path!;
}

describe('the training pages after the training, in Chromium', () => {
  let h: BrowserHarness;
  let t: TrainingHub;
  let event: HubEvent;
  let camille: Registration;

  beforeAll(async () => {
    const clock = new FixedClock(new Date());
    const mailer = new RecordingMailer();
    h = await startBrowserHarness({ clock, mailer, signInMails: new RecordingSignInMails() });
    t = { ...h, clock, mailer, cookie: '' };
    t.cookie = await signInAsStaff(h);
    event = await twoDayTraining(t);
    camille = await register(t, event, {
      firstName: 'Camille',
      lastName: 'Durand',
      organisation: 'MagREEsource',
    });
    for (const slot of await h.hub.attendance.slots(event.id)) {
      await signSlot(t, slot, camille, DRAWN);
      clock.set(new Date(Date.parse(slot.endsAt) + 5 * 60_000));
      await h.hub.attendance.close(event.id, slot.id, { typedName: 'Claire Martin' }, 'claire@exemple.fr');
    }
    clock.set(new Date(Date.parse(event.endsAt) + 60 * 60_000));
    expect(await h.hub.certificates.issueForEvent(event.id)).toEqual({ issued: 1, skipped: 0 });
    expect((await h.hub.surveys.runDue(clock.now())).invited).toBe(1);
    t.cookie = await signInAsStaff(h);
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it(
    'the certificate’s verification page, the survey and its staff results pass axe at 360 and 1280 px, with no third-party request',
    { timeout: 120_000 },
    async () => {
      const page = await h.newPage();
      const pages = [
        ['certificat-verification', linkIn(t.mailer, camille, '/certificats/').split('/attestation')[0]!],
        ['enquete-formulaire', linkIn(t.mailer, camille, '/enquete/')],
      ] as const;
      for (const [name, path] of pages) {
        const load = await loadAndWeigh(page, `${h.baseUrl}${path}`, h.baseUrl);
        expect(load.foreign, name).toEqual([]);
        await checkPage(page, name);
      }
      const [name, value] = t.cookie.split('=') as [string, string];
      await page.context().addCookies([{ name, value, url: h.baseUrl }]);
      const staff = await loadAndWeigh(page, `${h.baseUrl}/admin/evenements/${event.id}/enquete`, h.baseUrl);
      expect(staff.foreign).toEqual([]);
      await checkPage(page, 'enquete-resultats');
    },
  );
});
