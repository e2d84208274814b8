import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAsStaff } from '../support/auth.js';
import { uniqueEmail } from '../support/test-hub.js';
import { startBrowserHarness, type BrowserHarness } from './harness.js';

/** What a keyboard user meets on one Tab stop. */
interface Stop {
  /** Accessible name: aria-label, aria-labelledby, the label, or the text. */
  name: string;
  id: string;
  tag: string;
  /** On screen, with a size, not under `hidden`, and the element itself drawn at its centre. */
  visible: boolean;
  /** Outline and box-shadow while focused, and the same element's once the focus has left it. */
  ring: string;
  /** The previous stop's outline and box-shadow, now that the focus has left it. */
  previousRing: string;
  /** Still the previous element (Tab moves between the parts of a date and time field). */
  same: boolean;
}

/** The focused element of the console (a frame's content would show as the IFRAME itself). */
function stop(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const ring = (element: Element) => {
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    };
    const memory = window as unknown as { previousStop?: Element };
    const previousRing = memory.previousStop ? ring(memory.previousStop) : '';
    const element = document.activeElement as HTMLElement | null;
    const same = memory.previousStop === element;
    memory.previousStop = element ?? undefined;
    if (!element || element === document.body)
      return { name: '', id: '', tag: 'BODY', visible: false, ring: '', previousRing, same };
    const byId = element.getAttribute('aria-labelledby');
    const name = (
      element.getAttribute('aria-label') ??
      (byId ? document.getElementById(byId)?.textContent : null) ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent ??
      ''
    )
      .replace(/\s+/g, ' ')
      .trim();
    const box = element.getBoundingClientRect();
    const drawn = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const visible =
      box.width > 0 &&
      box.height > 0 &&
      // Scrolled into view: its top edge on screen (subpixels aside), its centre drawn (checked below).
      box.top >= -1 &&
      box.top < window.innerHeight &&
      element.checkVisibility({ checkVisibilityCSS: true }) &&
      !element.closest('[hidden]') &&
      Boolean(drawn && (drawn === element || element.contains(drawn)));
    return { name, id: element.id, tag: element.tagName, visible, ring: ring(element), previousRing, same };
  });
}

/** The focus now: visible, with a ring that the same element does not have unfocused. */
async function seen(page: Page): Promise<Stop> {
  const here = await stop(page);
  expect(here.tag, 'the focus is lost (on the page body)').not.toBe('BODY');
  expect(here.visible, `« ${here.name} » has the focus but cannot be seen`).toBe(true);
  return here;
}

/**
 * Presses a key and checks where the focus went: visible, ringed, and the stop it left shows no ring
 * any more (so the ring is a focus indicator, not a permanent border).
 */
async function press(page: Page, key: string): Promise<Stop> {
  const before = await stop(page);
  await page.keyboard.press(key);
  const after = await stop(page);
  if (before.tag !== 'BODY' && after.tag !== 'BODY' && !after.same)
    expect(after.previousRing, `« ${before.name} » keeps its ring unfocused`).not.toBe(before.ring);
  if (after.tag !== 'BODY') {
    expect(after.visible, `« ${after.name} » has the focus but cannot be seen`).toBe(true);
    expect(after.ring, `« ${after.name} » shows no focus ring`).toMatch(/^solid 3px rgb\(224, 161, 0\)/);
  }
  return after;
}

/** Tab until the stop with this accessible name, every stop on the way checked by `press`. */
async function tabTo(page: Page, name: string | RegExp, key = 'Tab'): Promise<Stop> {
  for (let presses = 0; presses < 80; presses++) {
    const here = await press(page, key);
    if (typeof name === 'string' ? here.name === name : name.test(here.name)) return here;
  }
  throw new Error(`« ${String(name)} » not reached with ${key}`);
}

/** Enter on a submit button or in a field: the form posts and the answer page has loaded (not a preview frame). */
async function submit(page: Page): Promise<void> {
  await Promise.all([
    page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
    page.keyboard.press('Enter'),
  ]);
  await page.waitForLoadState('load');
}

async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.type(text);
}

const HEADER = [
  'Aller au contenu',
  'Filière aimants & terres rares — Auvergne-Rhône-Alpes',
  'Événements',
  'Se déconnecter',
  'Tableau de bord',
  'Nouvel événement',
  'Campagnes',
  'Intervenants',
  'Kits et partenaires',
  'Thèmes de la lettre',
  'Données personnelles',
];

/** The composer of a new campaign, in reading order (one stop for the audience radios: arrows move in it). */
const COMPOSER = [
  '← Les campagnes',
  'Objet *',
  'Texte d’aperçu (facultatif)',
  'Nom de l’expéditeur (facultatif)',
  'Les abonnés d’un ou plusieurs thèmes',
  'Actualités de la filière',
  'Formations',
  'Journées techniques',
  'Webinaires',
  'Publier dans les archives',
  'Événement',
  'Personnes de l’événement',
  'Texte du titre *',
  'Position du bloc',
  'Retirer ce bloc (à l’envoi du formulaire)',
  'Texte *',
  'Position du bloc',
  'Retirer ce bloc (à l’envoi du formulaire)',
  'Libellé du bouton *',
  'Adresse du lien *',
  'Position du bloc',
  'Retirer ce bloc (à l’envoi du formulaire)',
  'Enregistrer le brouillon',
  'Abandonner',
  'Type de bloc',
  'Ajouter le bloc',
  'Écrire le MJML à la main',
  // The preview: each frame's scrolling box is one stop (arrows scroll it at narrow widths); the frames
  // themselves are skipped, their letter's links lead nowhere from a sandbox.
  'Aperçu, Ordinateur (640 px)',
  'Aperçu, Téléphone (360 px)',
];

const FOOTER = ['Mentions légales', 'Données personnelles', 'Accessibilité'];

describe('the campaign composer with the keyboard only, in Chromium', () => {
  let h: BrowserHarness;
  const staff = uniqueEmail('equipe');

  beforeAll(async () => {
    h = await startBrowserHarness({}, { HUB_STAFF_EMAILS: staff });
    await h.hub.newsletter.seedTopics();
  });

  afterAll(async () => {
    await h?.close();
  });

  it(
    'every control is reached in reading order with a visible ring, without a trap, and the focus follows each action',
    { timeout: 180_000 },
    async () => {
      const page = await h.newPage();
      const [cookie, value] = (await signInAsStaff(h, staff)).split('=') as [string, string];
      await page.context().addCookies([{ name: cookie, value, url: h.baseUrl }]);
      await page.goto('/admin/campagnes/nouvelle');
      await expect
        .poll(() => page.locator('#apercu-etat').textContent(), { timeout: 20_000 })
        .toContain('Aperçu à jour');

      // The first screen, from the top to past the last control: then the focus leaves the page and
      // comes back to the skip link (no trap), never on the hidden or the frames.
      const names: string[] = [];
      for (;;) {
        const here = await press(page, 'Tab');
        if (here.tag === 'BODY') break;
        names.push(here.name);
        expect(names.length, 'Tab never leaves the page').toBeLessThan(80);
      }
      expect(names).toEqual([...HEADER, ...COMPOSER, ...FOOTER]);
      await expect(press(page, 'Tab')).resolves.toMatchObject({ name: 'Aller au contenu' });
      // Backwards too: Shift+Tab from the subject returns to the link before it.
      await tabTo(page, 'Objet *');
      await expect(press(page, 'Shift+Tab')).resolves.toMatchObject({ name: '← Les campagnes' });

      // Subject, one theme (Space), the blocks' texts.
      const subject = `Rentrée de la filière ${staff}`;
      await typeInto(page, 'Objet *', subject);
      await tabTo(page, 'Formations');
      await page.keyboard.press('Space');
      await typeInto(page, 'Texte du titre *', 'Les rendez-vous de septembre');
      await typeInto(page, 'Texte *', 'Bonjour {{firstName}},');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Trois journées techniques à Grenoble.');
      await typeInto(page, 'Libellé du bouton *', 'Voir le programme');
      await typeInto(page, 'Adresse du lien *', 'https://filiere.example/programme');

      // Add an image block, chosen with the arrows: the focus lands on its first field.
      await tabTo(page, 'Type de bloc');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('#newBlock').inputValue()).toBe('image');
      await tabTo(page, 'Ajouter le bloc');
      await submit(page);
      await expect.poll(() => stop(page).then((s) => s.id)).toBe('blocks.3.src');
      await seen(page);
      expect(await page.locator('#subject').inputValue()).toBe(subject);
      await page.keyboard.type('https://filiere.example/aimants.png');
      await typeInto(page, 'Texte alternatif *', 'Aimants triés sur un tapis');

      // Move it first with the arrows of its position, and remove the title block (Space).
      const position = await tabTo(page, 'Position du bloc');
      expect(position.id).toBe('blocks.3.position');
      for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowUp');
      expect(await page.locator('#blocks\\.3\\.position').inputValue()).toBe('1');
      await tabTo(page, 'Texte du titre *', 'Shift+Tab');
      const remove = await tabTo(page, 'Retirer ce bloc (à l’envoi du formulaire)');
      expect(remove.id).toBe('blocks.0.remove');
      await page.keyboard.press('Space');
      expect(await page.locator('#blocks\\.0\\.remove').isChecked()).toBe(true);

      // Save (Enter on the button): the preview page, where the test and the sending are reached.
      await tabTo(page, 'Enregistrer le brouillon');
      await submit(page);
      expect(page.url()).toMatch(/\/apercu\?fait=enregistree$/);
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[3]!);
      const saved = await h.hub.campaigns.get(id);
      const mjml = saved.mjml;
      expect(mjml).not.toContain('Les rendez-vous de septembre');
      expect(mjml.indexOf('aimants.png')).toBeGreaterThan(-1);
      expect(mjml.indexOf('aimants.png')).toBeLessThan(mjml.indexOf('Trois journées techniques'));

      await tabTo(page, 'Adresses de test *');
      await tabTo(page, 'Envoyer le test');
      await submit(page);
      expect(page.url()).toMatch(/\/apercu\?fait=test$/);
      await tabTo(page, /^Je confirme l’envoi de cette lettre/);
      await page.keyboard.press('Space');
      await tabTo(page, 'Envoyer maintenant');
      await tabTo(page, 'Date et heure d’envoi *');
      await tabTo(page, 'Programmer l’envoi');

      // Back in the composer, a refused save (Enter in the emptied subject) puts the focus on the
      // error summary, whose link leads to the field.
      await page.goto(`/admin/campagnes/${id}/modifier`);
      await tabTo(page, 'Objet *');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await submit(page);
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      await seen(page);
      await tabTo(page, /^Objet : /);
      await page.keyboard.press('Enter');
      await expect.poll(() => stop(page).then((s) => s.id)).toBe('subject');
      await page.keyboard.type(subject);

      // The MJML mode: the focus goes to the MJML text.
      await tabTo(page, 'Écrire le MJML à la main');
      await submit(page);
      await expect.poll(() => stop(page).then((s) => s.id)).toBe('mjml');
      await seen(page);
      // And back: the focus goes to the first block's first field (the image moved first).
      await tabTo(page, 'Revenir aux blocs');
      await submit(page);
      await expect.poll(() => stop(page).then((s) => s.id)).toBe('blocks.0.src');
      await seen(page);
    },
  );
});
