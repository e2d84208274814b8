import { beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, uniqueEmail, type TestHub } from '../support/test-hub.js';
import { RecordingSignInMails, signInAsStaff } from '../support/auth.js';
import {
  SVG,
  createKit,
  createOrganisation,
  newVersion,
  publish,
  signInAsMember,
  uploadAsset,
} from './kit-support.js';

const ORIGIN = { origin: 'http://localhost:3000' };

function form(cookie: string, fields: Record<string, string | string[]>): RequestInit {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const item of ([] as string[]).concat(value)) body.append(name, item);
  return {
    method: 'POST',
    headers: { cookie, ...ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  };
}

describe('kit pages', () => {
  let t: TestHub;
  let staff: string;
  let member: string;
  let partnersKit: { id: string; slug: string };
  let pressKit: { id: string; slug: string };
  beforeAll(async () => {
    t = await createTestHub({ signInMails: new RecordingSignInMails() });
    staff = await signInAsStaff(t);
    const organisation = await createOrganisation(t, staff, 'Aimants & Cie');
    member = await signInAsMember(t, staff, organisation, uniqueEmail('portail'));
    partnersKit = await createKit(t, staff, {
      title: 'Charte & logos "partenaires"',
      description: 'Logos et modèles',
      audience: 'partners',
    });
    pressKit = await createKit(t, staff, { title: 'Kit presse', audience: 'public' });
    for (const kit of [partnersKit, pressKit]) {
      const version = await newVersion(t, staff, kit.id);
      await uploadAsset(t, staff, kit.id, version, {
        name: 'logo.svg',
        contentType: 'image/svg+xml',
        body: SVG,
      });
      await uploadAsset(t, staff, kit.id, version, {
        name: 'communiqué.txt',
        contentType: 'text/plain',
        body: 'x'.repeat(2048),
      });
      await publish(t, staff, kit.id, version);
    }
  });

  it('shows a member the portal with covers, and the kit page with sizes, types and the ZIP button', async () => {
    const portal = await (await t.app.request('/kits', { headers: { cookie: member } })).text();
    const page = await t.app.request(`/kits/${partnersKit.slug}`, { headers: { cookie: member } });
    const html = await page.text();

    expect(portal).toContain('<html lang="fr">');
    expect(portal).toContain('Se déconnecter de l’espace partenaires');
    expect(portal).toContain(`href="/kits/${partnersKit.slug}"`);
    expect(portal).toContain(`src="/api/kits/${partnersKit.slug}/assets/`);
    expect(portal).toContain('Charte &amp; logos &quot;partenaires&quot;');
    expect(page.status).toBe(200);
    expect(html).toContain('Tout télécharger (ZIP');
    expect(html).toContain(`href="/api/kits/${partnersKit.slug}/download.zip"`);
    expect(html).toContain('Image vectorielle SVG');
    expect(html).toContain('2 Ko');
    expect(html).toContain('communiqué.txt');
    expect(html).toContain('<th scope="col">Taille</th>');
  });

  it('serves the public press kit without sign-in, and a 404 page for a partners-only kit', async () => {
    const press = await t.app.request(`/kits/${pressKit.slug}`);
    const hidden = await t.app.request(`/kits/${partnersKit.slug}`);
    const portal = await (await t.app.request('/kits')).text();

    expect(press.status).toBe(200);
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).toContain('Kit introuvable');
    expect(portal).toContain('Kit presse');
    expect(portal).not.toContain('Charte');
  });

  it('lets staff create a kit and prepare a version by plain form posts', async () => {
    const created = await t.app.request(
      '/admin/kits',
      form(staff, { title: 'Photos 2026', description: '', audience: 'public' }),
    );
    expect(created.status).toBe(303);
    const manager = created.headers.get('location')!;
    expect(manager).toMatch(/^\/admin\/kits\/\w+\?fait=cree$/);
    const id = manager.split('/')[3]!.split('?')[0]!;

    const version = await t.app.request(
      `/admin/kits/${id}/versions`,
      form(staff, { notes: 'Premières photos' }),
    );
    const page = await (await t.app.request(`/admin/kits/${id}`, { headers: { cookie: staff } })).text();
    const empty = await t.app.request(`/admin/kits/${id}/versions/1/publier`, form(staff, {}));

    expect(version.status).toBe(303);
    expect(page).toContain('Version 1');
    expect(page).toContain('<progress id="televersement-progression"');
    expect(page).toContain(`data-api="/api/admin/kits/${id}/versions/1/assets"`);
    expect(page).toContain('<script src="/admin/kits/televersement.js" defer');
    expect(empty.status).toBe(409);
    expect(await empty.text()).toContain('Ajoutez au moins un fichier avant de publier.');
  });

  it('re-shows the creation form with French messages beside the fields', async () => {
    const response = await t.app.request(
      '/admin/kits',
      form(staff, { title: '', audience: 'organisations' }),
    );
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(html).toContain('id="title-error"');
    expect(html).toContain('Ce champ est obligatoire.');
    expect(html).toContain('Choisissez au moins une organisation.');
  });

  it('shows download statistics and a share link to staff', async () => {
    await t.app.request(`/api/kits/${partnersKit.slug}/download.zip`, { headers: { cookie: member } });

    const page = await (
      await t.app.request(`/admin/kits/${partnersKit.id}`, { headers: { cookie: staff } })
    ).text();
    const shared = await (
      await t.app.request(`/admin/kits/${partnersKit.id}/partage`, form(staff, { days: '3' }))
    ).text();

    expect(page).toContain('1 téléchargement');
    expect(page).toContain('Aimants &amp; Cie');
    expect(page).toContain(`/api/admin/kits/${partnersKit.id}/downloads.csv`);
    expect(shared).toMatch(/http:\/\/localhost:3000\/kits\/charte-logos-partenaires\?partage=[\w.%-]+/);
  });

  it('serves the upload script to staff only, and refuses cross-site opt-out posts', async () => {
    const script = await t.app.request('/admin/kits/televersement.js', { headers: { cookie: staff } });
    const anonymous = await t.app.request('/admin/kits/televersement.js');
    const crossSite = await t.app.request('/kits/desabonnement?jeton=x', {
      method: 'POST',
      headers: { origin: 'https://ailleurs.example', 'content-type': 'application/x-www-form-urlencoded' },
    });

    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toContain('XMLHttpRequest');
    expect(anonymous.status).toBe(303);
    expect(crossSite.status).toBe(403);
  });
});
