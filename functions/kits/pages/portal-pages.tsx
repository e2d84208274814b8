import type { Child } from 'hono/jsx';
import { Layout } from '../../pages/layout.js';
import { ConsoleStylesheet, StaffLayout } from '../../pages/staff-layout.js';
import type { Kit, KitAsset, KitVersion } from '../kit.js';
import { frenchSize, typeLabel, withShare } from './format.js';
import { contentText, pagePath, pageText } from '../../pages/page-text.js';

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
  const text = pageText().kits;
  return (
    <PortalLayout title={text.listTitle} staff={staff}>
      <h1>{text.listTitle}</h1>
      <p>{text.listIntro}</p>
      {signedIn && !staff ? (
        // The shared header only offers sign-out to staff: partners get it here, on their portal.
        <form method="post" action="/deconnexion" class="actions">
          <button type="submit" class="secondary">
            {text.partnerSignOut}
          </button>
        </form>
      ) : null}
      {signedIn ? null : (
        <p class="notice">
          {text.partnerQuestion} <a href={pagePath('/connexion')}>{text.signInLink}</a> {text.partnerKitsHint}
        </p>
      )}
      {kits.length ? (
        <ul class="cards">
          {kits.map(({ kit, cover: image }) => {
            const title = contentText(kit, 'title');
            const description = contentText(kit, 'description');
            return (
              <li class="card">
                {cover(kit.slug, image)}
                <h2 lang={title.lang}>
                  <a href={pagePath(`/kits/${encodeURIComponent(kit.slug)}`)}>{title.text}</a>
                </h2>
                <p class="meta">
                  {text.version} {kit.currentVersion}
                  {kit.audience === 'public' ? null : <span class="badge">{text.partnersOnly}</span>}
                </p>
                <p lang={description.lang}>{description.text}</p>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{text.none}</p>
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
  const text = pageText();
  const title = contentText(kit, 'title');
  const description = contentText(kit, 'description');
  const published = version.publishedAt ? text.dates.longDateTime(version.publishedAt) : '';
  return (
    <PortalLayout title={title.text} staff={staff}>
      <p>
        <a href={pagePath('/kits')}>{text.kits.allKits}</a>
      </p>
      <h1 lang={title.lang}>{title.text}</h1>
      <p class="meta">{text.kits.publishedOn(version.version, published)}</p>
      {image ? <figure>{cover(kit.slug, image, share)}</figure> : null}
      {description.text ? <p lang={description.lang}>{description.text}</p> : null}
      {version.notes ? (
        <p class="notice">
          <strong>{text.kits.whatsNew}</strong> {version.notes}
        </p>
      ) : null}
      <p class="actions">
        <a class="button" href={withShare(`/api/kits/${slug}/download.zip`, share)}>
          {text.kits.downloadAll} (ZIP
          {version.zipSize !== undefined ? `, ${frenchSize(version.zipSize)}` : ''})
        </a>
      </p>
      <h2>{text.kits.files}</h2>
      <div class="table-wrap">
        <table class="responsive">
          <caption class="visually-hidden">{text.kits.filesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.kits.file}</th>
              <th scope="col">{text.kits.type}</th>
              <th scope="col">{text.kits.size}</th>
            </tr>
          </thead>
          <tbody>
            {assets.map((asset) => (
              <tr>
                <td data-label={text.kits.file}>
                  <a href={withShare(`/api/kits/${slug}/assets/${asset.id}/download`, share)} download>
                    {asset.name}
                  </a>
                </td>
                <td data-label={text.kits.type}>{typeLabel(asset.contentType)}</td>
                <td data-label={text.kits.size}>{frenchSize(asset.size)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PortalLayout>
  );
}

export function OptOutPage({ token, done }: { token: string; done: boolean }) {
  const text = pageText().kits;
  return (
    <Layout title={text.optOutTitle}>
      <h1>{text.optOutTitle}</h1>
      {done ? (
        <p class="notice" role="status">
          {text.optOutDone}
        </p>
      ) : (
        <form method="post" action={`${pagePath('/kits/desabonnement')}?jeton=${encodeURIComponent(token)}`}>
          <p>{text.optOutQuestion}</p>
          <button type="submit">{text.optOutButton}</button>
        </form>
      )}
    </Layout>
  );
}

export function InvalidOptOutPage() {
  const text = pageText().kits;
  return (
    <Layout title={text.invalidLinkTitle}>
      <h1>{text.invalidLinkHeading}</h1>
      <p>{text.invalidLinkText}</p>
    </Layout>
  );
}

export function KitNotFoundPage() {
  const text = pageText().kits;
  return (
    <Layout title={text.notFoundTitle}>
      <h1>{text.notFoundTitle}</h1>
      <p>
        {text.notFoundText} <a href={pagePath('/connexion')}>{text.signInLink}</a>.
      </p>
    </Layout>
  );
}
