import { FieldError } from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { FieldErrors } from '../../shared/errors.js';
import type { Organisation } from '../../partners/organisation.js';
import type { Kit, KitAsset, KitVersion, ShareLink, ShareLinkRevocation } from '../kit.js';
import type { downloadStats } from '../kit-views.js';
import { frenchSize, parisDate, typeLabel } from './format.js';

const STATUS: Record<KitVersion['status'], string> = {
  draft: 'En préparation',
  published: 'Publiée (courante)',
  superseded: 'Remplacée',
};

function audienceLabel(kit: Kit, organisations: Organisation[]): string {
  if (kit.audience === 'public') return 'Public (kit presse)';
  if (kit.audience === 'partners') return 'Toutes les organisations partenaires';
  const names = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  return `Réservé à : ${kit.audience.organisations.map((id) => names.get(id) ?? id).join(', ')}`;
}

export interface KitsAdminPageProps {
  kits: Kit[];
  organisations: Organisation[];
  errors?: FieldErrors;
  values?: { title?: string; description?: string; audience?: string; organisations?: string[] };
}

/** Staff: every kit, and the form that creates one. */
export function KitsAdminPage({ kits, organisations, errors, values }: KitsAdminPageProps) {
  // After a refusal, the audience staff chose stays chosen (a kit opened to the wrong people is a leak).
  const audience = values?.audience ?? 'partners';
  return (
    <StaffLayout title="Kits de communication — équipe" section="/admin/kits">
      <h1>Kits de communication</h1>
      {kits.length ? (
        <div class="table-wrap">
          <table class="responsive">
            <thead>
              <tr>
                <th scope="col">Kit</th>
                <th scope="col">Ouvert à</th>
                <th scope="col">Version courante</th>
              </tr>
            </thead>
            <tbody>
              {kits.map((kit) => (
                <tr>
                  <td data-label="Kit">
                    <a href={`/admin/kits/${kit.id}`}>{kit.title}</a>
                  </td>
                  <td data-label="Ouvert à">{audienceLabel(kit, organisations)}</td>
                  <td data-label="Version courante">
                    {kit.currentVersion ?? 'aucune'}
                    {kit.draftVersion ? ` (version ${kit.draftVersion} en préparation)` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucun kit pour le moment.</p>
      )}
      {organisations.length ? (
        <>
          <h2>Organisations partenaires</h2>
          <ul>
            {organisations.map((organisation) => (
              <li>
                <a href={`/admin/organisations/${encodeURIComponent(organisation.id)}`}>
                  {organisation.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Créer un kit</h2>
      <form method="post" action="/admin/kits" novalidate>
        <div class="field">
          <label for="title">Titre</label>
          <FieldError id="title-error" messages={errors?.title} />
          <input type="text" id="title" name="title" required value={values?.title ?? ''} />
        </div>
        <div class="field">
          <label for="description">Description</label>
          <FieldError id="description-error" messages={errors?.description} />
          <textarea id="description" name="description" rows={3}>
            {values?.description ?? ''}
          </textarea>
        </div>
        <fieldset>
          <legend>Ouvert à</legend>
          <FieldError id="audience-error" messages={errors?.audience ?? errors?.['audience.organisations']} />
          <div class="checkbox">
            <input
              type="radio"
              id="audience-public"
              name="audience"
              value="public"
              checked={audience === 'public'}
            />
            <label for="audience-public">Tout le monde (kit presse public)</label>
          </div>
          <div class="checkbox">
            <input
              type="radio"
              id="audience-partners"
              name="audience"
              value="partners"
              checked={audience === 'partners'}
            />
            <label for="audience-partners">Toutes les organisations partenaires</label>
          </div>
          <div class="checkbox">
            <input
              type="radio"
              id="audience-some"
              name="audience"
              value="organisations"
              checked={audience === 'organisations'}
            />
            <label for="audience-some">Seulement les organisations cochées :</label>
          </div>
          {organisations.map((organisation) => (
            <div class="checkbox">
              <input
                type="checkbox"
                id={`org-${organisation.id}`}
                name="organisations"
                value={organisation.id}
                checked={values?.organisations?.includes(organisation.id) ?? false}
              />
              <label for={`org-${organisation.id}`}>{organisation.name}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit">Créer le kit</button>
      </form>
    </StaffLayout>
  );
}

export interface KitAdminPageProps {
  kit: Kit;
  organisations: Organisation[];
  versions: { version: KitVersion; assets: KitAsset[] }[];
  stats: ReturnType<typeof downloadStats>;
  /** The links that still open the kit, each with its button that revokes it. */
  shareLinks: ShareLink[];
  revocations: ShareLinkRevocation[];
  notice?: string;
  error?: string;
  shareLink?: { url: string; expiresAt: string };
}

/** Staff: one kit — versions and files, upload with a progress bar, publish, share link, statistics. */
export function KitAdminPage({
  kit,
  organisations,
  versions,
  stats,
  shareLinks,
  revocations,
  notice,
  error,
  shareLink,
}: KitAdminPageProps) {
  const draft = versions.find(({ version }) => version.status === 'draft');
  return (
    <StaffLayout title={`${kit.title} — équipe`} section="/admin/kits">
      <p>
        <a href="/admin/kits">← Tous les kits</a>
      </p>
      <h1>{kit.title}</h1>
      <p class="meta">
        {audienceLabel(kit, organisations)} · adresse publique :{' '}
        <a href={`/kits/${kit.slug}`}>/kits/{kit.slug}</a>
      </p>
      {error ? (
        <p class="error-summary" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {shareLink ? (
        <p class="notice" role="status">
          Lien de partage (valable jusqu’au {parisDate(shareLink.expiresAt)}) : <code>{shareLink.url}</code>
        </p>
      ) : null}

      {draft ? null : (
        <form method="post" action={`/admin/kits/${kit.id}/versions`}>
          <div class="field">
            <label for="notes">Ce qui change dans la nouvelle version (facultatif)</label>
            <textarea id="notes" name="notes" rows={2}></textarea>
          </div>
          <button type="submit">Préparer une nouvelle version</button>
        </form>
      )}

      {versions.map(({ version, assets }) => (
        <section class="card" aria-labelledby={`v${version.version}`}>
          <h2 id={`v${version.version}`}>
            Version {version.version} <span class="badge">{STATUS[version.status]}</span>
          </h2>
          {version.notes ? <p>{version.notes}</p> : null}
          {version.publishedAt ? <p class="meta">Publiée le {parisDate(version.publishedAt)}</p> : null}
          {assets.length ? (
            <div class="table-wrap">
              <table class="responsive">
                <thead>
                  <tr>
                    <th scope="col">Fichier</th>
                    <th scope="col">Type</th>
                    <th scope="col">Taille</th>
                    <th scope="col">État</th>
                  </tr>
                </thead>
                <tbody>
                  {assets.map((asset) => (
                    <tr>
                      <td data-label="Fichier">
                        {asset.status === 'ready' && version.status !== 'draft' ? (
                          <a
                            href={`/api/admin/kits/${kit.id}/versions/${version.version}/assets/${asset.id}/download`}
                          >
                            {asset.name}
                          </a>
                        ) : (
                          asset.name
                        )}
                      </td>
                      <td data-label="Type">{typeLabel(asset.contentType)}</td>
                      <td data-label="Taille">{frenchSize(asset.size)}</td>
                      <td data-label="État">
                        {asset.status === 'ready' ? 'Vérifié' : 'Envoi non confirmé'}
                        {version.status === 'draft' ? (
                          <>
                            {' '}
                            <a
                              href={`/admin/kits/${kit.id}/versions/${version.version}/assets/${asset.id}/retirer`}
                            >
                              Retirer…<span class="visually-hidden"> {asset.name}</span>
                            </a>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>Aucun fichier.</p>
          )}
          {version.status === 'draft' ? (
            <>
              <form
                id="televersement"
                data-api={`/api/admin/kits/${kit.id}/versions/${version.version}/assets`}
                method="post"
                action="#"
              >
                <p class="hint sans-js">
                  L’envoi de fichiers demande JavaScript (envoi direct vers le stockage).
                </p>
                <fieldset disabled>
                  <legend>Ajouter des fichiers</legend>
                  <div class="field">
                    <label for="fichiers">Fichiers (500 Mo au plus chacun)</label>
                    <input type="file" id="fichiers" name="fichiers" multiple />
                  </div>
                  <button type="submit">Envoyer</button>
                  <progress id="televersement-progression" hidden max="1" value="0">
                    Progression de l’envoi
                  </progress>
                  <p id="televersement-etat" role="status" aria-live="polite"></p>
                </fieldset>
              </form>
              <form method="post" action={`/admin/kits/${kit.id}/versions/${version.version}/publier`}>
                <button type="submit">Publier la version {version.version}</button>
              </form>
            </>
          ) : version.zipKey ? (
            <p>
              <a href={`/api/admin/kits/${kit.id}/versions/${version.version}/download.zip`}>
                Archive ZIP ({frenchSize(version.zipSize ?? 0)})
              </a>
            </p>
          ) : null}
        </section>
      ))}

      {kit.audience === 'public' ? null : (
        <form method="post" action={`/admin/kits/${kit.id}/partage`} class="card">
          <h2>Lien de partage</h2>
          <p>
            Pour un journaliste, par exemple : le lien ouvre ce kit sans connexion, jusqu’à son expiration.
          </p>
          <div class="field">
            <label for="days">Valable (jours, 1 à 30)</label>
            <input type="number" id="days" name="days" min="1" max="30" value="7" />
          </div>
          <button type="submit">Créer un lien de partage</button>
        </form>
      )}

      <ShareLinks kit={kit} shareLinks={shareLinks} revocations={revocations} />

      <h2>Téléchargements</h2>
      <p>
        {stats.total} téléchargement{stats.total > 1 ? 's' : ''} ·{' '}
        <a href={`/api/admin/kits/${kit.id}/downloads.csv`}>Exporter en CSV</a>
      </p>
      {stats.total ? (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Téléchargements par organisation</caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Téléchargements</th>
              </tr>
            </thead>
            <tbody>
              {stats.byOrganisation.map((row) => (
                <tr>
                  <td>{row.organisation}</td>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption class="visually-hidden">Téléchargements par version</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Téléchargements</th>
              </tr>
            </thead>
            <tbody>
              {stats.byVersion.map((row) => (
                <tr>
                  <td>{row.version}</td>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <script src="/admin/kits/televersement.js" defer></script>
    </StaffLayout>
  );
}

/** The kit's open share links, each revoked by its own form, and the audit of the revoked ones. */
function ShareLinks({
  kit,
  shareLinks,
  revocations,
}: Pick<KitAdminPageProps, 'kit' | 'shareLinks' | 'revocations'>) {
  if (!shareLinks.length && !revocations.length) return null;
  return (
    <section class="card" aria-labelledby="liens-partage">
      <h2 id="liens-partage">Liens de partage ouverts</h2>
      {shareLinks.length ? (
        <div class="table-wrap">
          <table class="responsive">
            <thead>
              <tr>
                <th scope="col">Créé le</th>
                <th scope="col">Valable jusqu’au</th>
                <th scope="col">Accès</th>
              </tr>
            </thead>
            <tbody>
              {shareLinks.map((link) => (
                <tr>
                  <td data-label="Créé le">{parisDate(link.createdAt)}</td>
                  <td data-label="Valable jusqu’au">{parisDate(link.expiresAt)}</td>
                  <td data-label="Accès">
                    <form
                      method="post"
                      action={`/admin/kits/${encodeURIComponent(kit.id)}/partage/${encodeURIComponent(link.id)}/revoquer`}
                    >
                      <button type="submit" class="danger">
                        Révoquer
                        <span class="visually-hidden"> le lien créé le {parisDate(link.createdAt)}</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucun lien de partage ouvert.</p>
      )}
      <p class="hint">
        Un lien révoqué n’ouvre plus le kit, aussitôt : son détenteur obtient « Kit introuvable ».
      </p>
      {revocations.length ? (
        <>
          <h3>Historique</h3>
          <ul>
            {revocations.map((revocation) => (
              <li>
                {parisDate(revocation.at)} — Lien de partage révoqué par {revocation.by}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
