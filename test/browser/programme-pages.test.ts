import ICAL from 'ical.js';
import { Jimp } from 'jimp';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { client, technicalDayBody } from '../events/fixtures.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';
import { checkPage, loadAndWeigh, tabTo } from './journeys.js';

describe('a technical day’s programme, built in the console and read on the public page', () => {
  let h: BrowserHarness;
  let cookie: string;
  let page: Page;

  beforeAll(async () => {
    h = await startBrowserHarness({ signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(h);
    page = await h.newPage();
    const [name, value] = cookie.split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: h.baseUrl }]);
  });

  afterAll(async () => {
    await h?.close();
  });

  it(
    'staff add three speakers and five sessions with the keyboard; the public sees a Paris timetable without the speaker who did not consent',
    { timeout: 240_000 },
    async () => {
      // The event starts at 09:00 Paris time, 20 days from now, whatever the season.
      const day = DateTime.now().setZone('Europe/Paris').plus({ days: 20 }).startOf('day');
      const event = (await (
        await client(h, cookie).post(
          '/api/admin/events',
          technicalDayBody({
            title: 'Journée recyclage des aimants',
            speakers: ['Liste libre'],
            startsAt: day.set({ hour: 9 }).toISO(),
            endsAt: day.set({ hour: 17 }).toISO(),
          }),
        )
      ).json()) as { id: string; slug: string };

      // Speakers, through their form.
      await page.goto('/admin/intervenants');
      await checkPage(page, 'programme-intervenants-vide');
      for (const speaker of [
        { name: 'Claire Martin', organisation: 'MagREESource', consent: true },
        { name: 'Julien Roux', organisation: 'REEfine', consent: true },
        { name: 'Sophie Réservée', organisation: 'Confidentiel SA', consent: false },
      ]) {
        await page.goto('/admin/intervenants/nouveau');
        await page.getByLabel('Nom *').fill(speaker.name);
        await page.getByLabel('Organisation (facultatif)').fill(speaker.organisation);
        if (speaker.consent) await page.getByLabel(/accepte que son nom/).check();
        await page.getByLabel('Nom *').press('Enter');
        await page.waitForURL(/\/admin\/intervenants\/[^/]+\?fait=cree$/);
      }
      await checkPage(page, 'programme-intervenant-enregistre');

      // A photo, sent from the form straight to the object store, then checked and shrunk by the hub.
      const png = await new Jimp({ width: 600, height: 400, color: 0x3366ccff }).getBuffer('image/png');
      await page.getByLabel('Image PNG ou JPEG, 5 Mo au plus').setInputFiles({
        name: 'portrait.png',
        mimeType: 'image/png',
        buffer: png,
      });
      await page.getByRole('button', { name: 'Envoyer la photo' }).click();
      await page.waitForURL(/\?fait=photo$/);
      await expect
        .poll(() =>
          page.getByRole('img', { name: /^Photo de / }).evaluate((img: HTMLImageElement) => img.naturalWidth),
        )
        .toBe(320);
      await checkPage(page, 'programme-intervenant-photo');
      await page.goto('/admin/intervenants');
      await expect(page.locator('tbody tr').count()).resolves.toBe(3);
      await expect(page.locator('tbody tr td:nth-child(4)').allTextContents()).resolves.toEqual([
        'Non',
        'Non',
        'Oui',
      ]);
      await checkPage(page, 'programme-intervenants');

      // Sessions, through the programme editor, with the keyboard only.
      await page.goto(`/admin/evenements/${event.id}/programme`);
      await checkPage(page, 'programme-editeur-vide');
      const sessions = [
        { title: 'Accueil', start: '09:00', end: '09:30', room: 'Hall', speakers: [] as string[] },
        {
          title: 'Démontage des moteurs',
          start: '09:30',
          end: '10:30',
          room: 'Amphi',
          speakers: ['Claire Martin'],
        },
        {
          title: 'Séparation hydrométallurgique',
          start: '10:30',
          end: '11:30',
          room: 'Amphi',
          speakers: ['Julien Roux', 'Sophie Réservée'],
        },
        {
          title: 'Visite de la ligne pilote',
          start: '11:00',
          end: '12:00',
          room: 'Atelier',
          speakers: ['Sophie Réservée'],
        },
        {
          title: 'Table ronde',
          start: '14:00',
          end: '15:30',
          room: 'Amphi',
          speakers: ['Claire Martin', 'Julien Roux'],
        },
      ];
      const date = day.toFormat('yyyy-MM-dd');
      for (const session of [...sessions].reverse()) {
        await page.goto(`/admin/evenements/${event.id}/programme`);
        await page.locator('body').focus();
        await tabTo(page, 'title');
        await page.keyboard.type(session.title);
        await page.keyboard.press('Tab');
        await page.getByLabel('Début (heure de Paris) *').fill(`${date}T${session.start}`);
        await page.getByLabel('Fin (heure de Paris) *').fill(`${date}T${session.end}`);
        await page.getByLabel('Salle (facultatif)').fill(session.room);
        for (const name of session.speakers) {
          await page.getByLabel(new RegExp(`^${name}`)).focus();
          await page.keyboard.press('Space');
        }
        await page.getByLabel('Salle (facultatif)').press('Enter');
        await page.waitForURL(/\?fait=ajoutee$/);
      }
      await expect(page.locator('tbody tr td:nth-child(2)').allTextContents()).resolves.toEqual(
        sessions.map((session) => session.title),
      );
      await checkPage(page, 'programme-editeur');

      // Overlapping a session of the same room is refused, what was typed is kept.
      await page.getByLabel('Titre *').fill('Conflit');
      await page.getByLabel('Début (heure de Paris) *').fill(`${date}T10:00`);
      await page.getByLabel('Fin (heure de Paris) *').fill(`${date}T10:45`);
      await page.getByLabel('Salle (facultatif)').fill('amphi');
      await page.getByRole('button', { name: 'Ajouter la session' }).click();
      await expect(page.getByRole('alert').first().textContent()).resolves.toContain('déjà occupée');
      await expect(page.getByLabel('Titre *').inputValue()).resolves.toBe('Conflit');
      await checkPage(page, 'programme-editeur-conflit');
      // Outside the event's dates: the message sits beside the field.
      await page.getByLabel('Début (heure de Paris) *').fill(`${date}T07:00`);
      await page.getByLabel('Fin (heure de Paris) *').fill(`${date}T08:00`);
      await page.getByLabel('Salle (facultatif)').fill('Autre');
      await page.getByRole('button', { name: 'Ajouter la session' }).click();
      await expect(page.locator('#startsAt-erreur').textContent()).resolves.toContain('pendant l’événement');
      expect((await h.hub.programmeAdmin.list(event.id)).length).toBe(5);

      expect((await client(h, cookie).post(`/api/admin/events/${event.id}/publish`)).status).toBe(200);

      // The public page: a timetable in Paris time, consenting speakers only, each session's .ics.
      const visitor = await h.newPage();
      const load = await loadAndWeigh(visitor, `/evenements/${event.slug}`, h.baseUrl);
      expect(load.foreign).toEqual([]);
      const text = await visitor.locator('main').innerText();
      expect(text).toContain('Claire Martin');
      expect(text).toContain('Julien Roux');
      expect(text).not.toContain('Sophie');
      expect(text).not.toContain('Liste libre');
      await expect(visitor.locator('.timetable .slot-time').allInnerTexts()).resolves.toEqual(
        sessions.map((session) => `${session.start} – ${session.end}`),
      );
      await checkPage(visitor, 'programme-page-publique');
      // A timetable (time column beside the session) on a wide screen, a plain list on a phone.
      const display = async (width: number) => {
        await visitor.setViewportSize({ width, height: 800 });
        return visitor
          .locator('.timetable > li')
          .first()
          .evaluate((element) => getComputedStyle(element).display);
      };
      expect(await display(1280)).toBe('grid');
      expect(await display(360)).not.toBe('grid');

      const href = await visitor.getByRole('link', { name: /Ajouter « Table ronde »/ }).getAttribute('href');
      const ics = await visitor.evaluate(async (url) => (await fetch(url)).text(), href!);
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstPropertyValue('summary')).toBe('Table ronde');
      const start = vevent.getFirstProperty('dtstart')!;
      expect(start.getParameter('tzid')).toBe('Europe/Paris');
      expect(String(start.getFirstValue())).toBe(`${date}T14:00:00`);
    },
  );
});
