import type { Child } from 'hono/jsx';
import { Layout } from '../../pages/layout.js';
import { ConsoleStylesheet, StaffLayout } from '../../pages/staff-layout.js';
import type { Kit, KitAsset, KitVersion } from '../kit.js';
import { frenchSize, parisDate, typeLabel, withShare } from './format.js';

export interface PortalKit {
  kit: Kit;
  cover?: KitAsset;
}

/** Staff keep the console's chrome on the portal; partners and visitors get the site's, with the console rules. */
function PortalLayout({ title, staff, children }: { title: string; staff: boolean; children: Child }) {
  return staff ? (
    <StaffLayout title={title}>{children}</StaffLayout>
  ) : (
    <Layout title={title} head={<ConsoleStylesheet />}>
      {children}
    </Layout>
  );
}

function cover(slug: string, asset: KitAsset | undefined, share?: string) {
  return asset ? (
    <img
      src={withShare(`/api/kits/${encodeURIComponent(slug)}/assets/${asset.id}/preview`, share)}
      alt=""
      width="240"
      height="135"
      style="object-fit:contain;background:#f4f5f7;width:100%;height:auto;max-height:10rem"
    />
  ) : null;
}

/** The partner portal (and, signed out, the public press kits). */
export function KitListPage({
  kits,
  signedIn,
  staff,
}: {
  kits: PortalKit[];
  signedIn: boolean;
  staff: boolean;
}) {
  return (
    <PortalLayout title="Kits de communication" staff={staff}>
      <h1>Kits de communication</h1>
      <p>
        Logos, charte graphique, modèles de documents, communiqués et photos de la filière, toujours dans leur
        dernière version.
      </p>
      {signedIn && !staff ? (
        // The shared header only offers sign-out to staff: partners get it here, on their portal.
        <form method="post" action="/deconnexion" class="actions">
          <button type="submit" class="secondary">
            Se déconnecter de l’espace partenaires
          </button>
        </form>
      ) : null}
      {signedIn ? null : (
        <p class="notice">
          Vous êtes membre d’une organisation partenaire ? <a href="/connexion">Connectez-vous</a> pour voir
          les kits qui lui sont réservés.
        </p>
      )}
      {kits.length ? (
        <ul class="cards">
          {kits.map(({ kit, cover: image }) => (
            <li class="card">
              {cover(kit.slug, image)}
              <h2>
                <a href={`/kits/${encodeURIComponent(kit.slug)}`}>{kit.title}</a>
              </h2>
              <p class="meta">
                Version {kit.currentVersion}
                {kit.audience === 'public' ? null : <span class="badge">Réservé aux partenaires</span>}
              </p>
              <p>{kit.description}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun kit n’est disponible pour le moment.</p>
      )}
    </PortalLayout>
  );
}

export interface KitPageProps {
  kit: Kit;
  version: KitVersion;
  assets: KitAsset[];
  share?: string;
  staff: boolean;
}

/** One kit's current version: cover, file list with sizes and types, and the whole kit as a ZIP. */
export function KitPage({ kit, version, assets, share, staff }: KitPageProps) {
  const slug = encodeURIComponent(kit.slug);
  const image = assets.find((asset) => asset.previewKey);
  return (
    <PortalLayout title={kit.title} staff={staff}>
      <p>
        <a href="/kits">← Tous les kits</a>
      </p>
      <h1>{kit.title}</h1>
      <p class="meta">
        Version {version.version}, publiée le {parisDate(version.publishedAt)}
      </p>
      {image ? <figure>{cover(kit.slug, image, share)}</figure> : null}
      {kit.description ? <p>{kit.description}</p> : null}
      {version.notes ? (
        <p class="notice">
          <strong>Nouveautés de cette version :</strong> {version.notes}
        </p>
      ) : null}
      <p class="actions">
        <a class="button" href={withShare(`/api/kits/${slug}/download.zip`, share)}>
          Tout télécharger (ZIP{version.zipSize !== undefined ? `, ${frenchSize(version.zipSize)}` : ''})
        </a>
      </p>
      <h2>Fichiers</h2>
      <div class="table-wrap">
        <table class="responsive">
          <caption class="visually-hidden">Fichiers du kit, avec leur type et leur taille</caption>
          <thead>
            <tr>
              <th scope="col">Fichier</th>
              <th scope="col">Type</th>
              <th scope="col">Taille</th>
            </tr>
          </thead>
          <tbody>
            {assets.map((asset) => (
              <tr>
                <td data-label="Fichier">
                  <a href={withShare(`/api/kits/${slug}/assets/${asset.id}/download`, share)} download>
                    {asset.name}
                  </a>
                </td>
                <td data-label="Type">{typeLabel(asset.contentType)}</td>
                <td data-label="Taille">{frenchSize(asset.size)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PortalLayout>
  );
}

export function OptOutPage({ token, done }: { token: string; done: boolean }) {
  return (
    <Layout title="Nouvelles versions d’un kit">
      <h1>Nouvelles versions d’un kit</h1>
      {done ? (
        <p class="notice" role="status">
          C’est noté : vous ne recevrez plus de message quand ce kit change.
        </p>
      ) : (
        <form method="post" action={`/kits/desabonnement?jeton=${encodeURIComponent(token)}`}>
          <p>Ne plus être prévenu par e-mail des nouvelles versions de ce kit ?</p>
          <button type="submit">Ne plus recevoir ces messages</button>
        </form>
      )}
    </Layout>
  );
}

export function InvalidOptOutPage() {
  return (
    <Layout title="Lien invalide">
      <h1>Ce lien n’est pas valable</h1>
      <p>Il est peut-être incomplet : copiez l’adresse entière depuis le message reçu.</p>
    </Layout>
  );
}
