import { beforeAll, describe, expect, it } from 'vitest';
import { consoleCss } from '../../functions/pages/console-styles.js';
import { siteCss } from '../../functions/pages/styles.js';
import { publishedEvent } from '../registrations/fixtures.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

/** Every selector of the console stylesheet (`.staff-nav a`, `.responsive td[data-label]::before`…). */
const consoleSelectors = [...consoleCss.matchAll(/^([^@}\n][^{\n]*)\{/gm)].map((match) => match[1]!);

const stylesheets = (html: string) =>
  [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);

describe('the page shells', () => {
  let t: TestHub;
  let cookie: string;
  let eventPath: string;

  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    cookie = await signInAsStaff(t);
    eventPath = `/evenements/${(await publishedEvent(t, { title: 'Journée sans console' })).slug}`;
  });

  const page = async (path: string, headers: Record<string, string> = {}) => {
    const response = await t.app.request(path, { headers });
    expect(response.status).toBe(200);
    return response.text();
  };

  it('give public pages the sign-in link and the site stylesheet, and none of the staff console', async () => {
    for (const html of [await page('/'), await page(eventPath)]) {
      expect(html).toContain('<li><a href="/connexion">Connexion équipe</a></li>');
      expect(html).not.toContain('staff-nav');
      expect(html).not.toContain('noindex');
      expect(html).not.toContain('/deconnexion');
      expect(stylesheets(html)).toEqual([siteCss]);
      expect(consoleSelectors.filter((selector) => html.includes(selector))).toEqual([]);
    }
  });

  it('give staff pages noindex, sign-out, the staff navigation on their section and the console stylesheet after the site one', async () => {
    const html = await page('/admin', { cookie });

    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain(
      '<li><form method="post" action="/deconnexion" class="inline"><button type="submit" class="link">Se déconnecter</button></form></li>',
    );
    expect(html).not.toContain('Connexion équipe');
    expect(html).toContain(
      '</header><nav aria-label="Espace équipe" class="staff-nav"><ul><li><a href="/admin" aria-current="page">Tableau de bord</a></li><li><a href="/admin/evenements/nouveau">Nouvel événement</a></li>',
    );
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toContain('</nav><main id="contenu" tabindex="-1">');
    expect(stylesheets(html)).toEqual([siteCss, consoleCss]);
    expect(consoleSelectors.length).toBeGreaterThan(20);
  });

  it('give visitors of the kit portal the console rules it uses, without the staff chrome', async () => {
    const html = await page('/kits');

    expect(stylesheets(html)).toEqual([siteCss, consoleCss]);
    expect(html).toContain('Connexion équipe');
    expect(html).not.toContain('class="staff-nav"');
    expect(html).not.toContain('noindex');
  });
});
