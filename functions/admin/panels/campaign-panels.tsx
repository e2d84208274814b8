import type { Campaign, CampaignStatus } from '../../campaigns/campaign.js';
import type { DashboardPanel } from '../dashboard-page.js';
import { failSoft } from './fail-soft.js';
import { count, counted, parisDateTime, percent } from './figures.js';
import { LIVE_PROGRESS_PATH } from './live-progress-script.js';

const IN_PROGRESS: CampaignStatus[] = ['sending', 'scheduled', 'paused'];
const STATUS_LABELS: Partial<Record<CampaignStatus, string>> = {
  sending: 'Envoi en cours',
  scheduled: 'Programmée',
  paused: 'En pause',
};
export const LAST_RESULTS = 3;

export const campaignPath = (id: string) => `/admin/campagnes/${encodeURIComponent(id)}`;

/** Campaigns in progress and the last results, from one listing of the campaigns. */
export function campaignPanels(list: () => Promise<Campaign[]>): Promise<DashboardPanel[]> {
  return failSoft(list, [
    { id: 'campagnes-en-cours', title: 'Campagnes en cours', render: CampaignsInProgress },
    { id: 'derniers-resultats', title: 'Résultats des dernières campagnes', render: LastResults },
  ]);
}

export function CampaignsInProgress(campaigns: Campaign[]) {
  const running = campaigns.filter((campaign) => IN_PROGRESS.includes(campaign.status));
  if (!running.length)
    return (
      <p>
        Aucune campagne en cours d’envoi ni programmée. <a href="/admin/campagnes">Voir les campagnes</a>.
      </p>
    );
  return (
    <>
      <ul class="cards">
        {running.map((campaign) => (
          <li class="card">
            <p class="meta">
              <span class="badge">{STATUS_LABELS[campaign.status]}</span>
              {campaign.status === 'scheduled' && campaign.scheduledAt
                ? ` le ${parisDateTime(campaign.scheduledAt)} (heure de Paris)`
                : null}
            </p>
            <h3>
              <a href={campaignPath(campaign.id)}>{campaign.subject}</a>
            </h3>
            <SendProgress campaign={campaign} />
            {campaign.status === 'paused' && campaign.pausedReason ? (
              <p class="meta">Motif de la pause : {campaign.pausedReason}</p>
            ) : null}
          </li>
        ))}
      </ul>
      <script src={LIVE_PROGRESS_PATH} defer />
    </>
  );
}

/** A native `<progress>` named by its label, which says the figures the bar draws. */
function SendProgress({ campaign }: { campaign: Campaign }) {
  const { audience, sent, skipped } = campaign.stats;
  if (audience === 0) return <p class="meta">Les destinataires seront comptés au début de l’envoi.</p>;
  const done = sent + skipped;
  const id = `envoi-${campaign.id}`;
  return (
    <div>
      <label for={id}>
        {`${counted(sent, 'envoyé')} sur ${counted(audience, 'destinataire')} (${percent(done, audience)}\u00a0%)`}
        {skipped > 0 ? `, ${counted(skipped, 'écarté')} (désabonnés ou adresses supprimées)` : null}
      </label>
      <progress id={id} max={audience} value={Math.min(done, audience)} data-campagne={campaign.id}>
        {`${percent(done, audience)}\u00a0%`}
      </progress>
    </div>
  );
}

export function LastResults(campaigns: Campaign[]) {
  const sent = campaigns
    .filter((campaign) => campaign.status === 'sent')
    .sort((a, b) => (b.sentAt ?? b.createdAt).localeCompare(a.sentAt ?? a.createdAt))
    .slice(0, LAST_RESULTS);
  if (!sent.length) return <p>Aucune campagne envoyée pour l’instant.</p>;
  return (
    <div class="table-wrap">
      <table class="responsive">
        <caption class="visually-hidden">
          Les {sent.length} dernières campagnes envoyées, de la plus récente à la plus ancienne
        </caption>
        <thead>
          <tr>
            <th scope="col">Campagne</th>
            <th scope="col">Destinataires</th>
            <th scope="col">Délivrés</th>
            <th scope="col">Rebonds</th>
            <th scope="col">Plaintes</th>
            <th scope="col">Désabonnements</th>
            <th scope="col">Ouvertures</th>
            <th scope="col">Clics</th>
          </tr>
        </thead>
        <tbody>
          {sent.map((campaign) => (
            <ResultRow campaign={campaign} />
          ))}
        </tbody>
      </table>
      <p class="meta">
        Ouvertures et clics : comptés en nombre seulement, et par personne uniquement pour les abonnés qui ont
        accepté le suivi.
      </p>
    </div>
  );
}

function ResultRow({ campaign }: { campaign: Campaign }) {
  const { audience, delivered, bounced, complained, unsubscribed, opened, clicked } = campaign.stats;
  return (
    <tr>
      <th scope="row">
        <a href={campaignPath(campaign.id)}>{campaign.subject}</a>
        {campaign.sentAt ? (
          <>
            <br />
            <span class="meta">Envoyée le {parisDateTime(campaign.sentAt)}</span>
          </>
        ) : null}
      </th>
      <td data-label="Destinataires">{count(audience)}</td>
      <td data-label="Délivrés">{count(delivered)}</td>
      <td data-label="Rebonds">{count(bounced)}</td>
      <td data-label="Plaintes">{count(complained)}</td>
      <td data-label="Désabonnements">{count(unsubscribed)}</td>
      <td data-label="Ouvertures">{count(opened)}</td>
      <td data-label="Clics">{count(clicked)}</td>
    </tr>
  );
}
