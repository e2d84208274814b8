import { frenchDateTime } from '../../shared/paris-dates.js';
import { NoticeBox, type Notice } from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { Campaign, CampaignStats } from '../campaign.js';
import { campaignPaths, LIVE_STATUSES, STATUS_LABELS } from './campaign-labels.js';
import { processed, progressText } from './format.js';

export interface CampaignPageProps {
  campaign: Campaign;
  audience: string;
  notice?: Notice | undefined;
}

const STAT_LABELS: [keyof CampaignStats, string][] = [
  ['audience', 'Destinataires'],
  ['sent', 'Envoyés'],
  ['delivered', 'Distribués'],
  ['bounced', 'Rebonds'],
  ['complained', 'Plaintes'],
  ['unsubscribed', 'Désabonnements'],
  ['skipped', 'Écartés à l’envoi (désabonnés ou bloqués entre-temps)'],
  ['opened', 'Ouvertures'],
  ['clicked', 'Clics'],
];

/**
 * A campaign's status, progress and results, with what staff can do next. While it is scheduled or
 * sending, the script follows it through the JSON API; without JavaScript, a link refreshes the page.
 */
export function CampaignPage({ campaign, audience, notice }: CampaignPageProps) {
  const live = LIVE_STATUSES.includes(campaign.status);
  const done = campaign.status === 'sent' ? campaign.stats.audience : processed(campaign.stats);
  return (
    <StaffLayout title={campaign.subject} section={campaignPaths.list}>
      <p>
        <a href={campaignPaths.list}>← Les campagnes</a>
      </p>
      <h1>{campaign.subject}</h1>
      <NoticeBox notice={notice} />
      <div
        id="suivi"
        data-source={live ? campaignPaths.api(campaign.id) : undefined}
        data-statut={campaign.status}
      >
        <p>
          Statut : <strong data-champ="statut">{STATUS_LABELS[campaign.status]}</strong>
          {campaign.scheduledAt && campaign.status === 'scheduled'
            ? ` — envoi prévu le ${frenchDateTime(campaign.scheduledAt)} (heure de Paris)`
            : null}
          {campaign.sentAt ? ` — terminée le ${frenchDateTime(campaign.sentAt)}` : null}
        </p>
        {campaign.pausedReason ? (
          <p class="error-summary" role="alert">
            Campagne mise en pause automatiquement : {campaign.pausedReason}. Vérifiez la liste puis reprenez
            l’envoi.
          </p>
        ) : null}
        <p class="meta">Destinataires : {audience}</p>
        {campaign.status !== 'draft' ? (
          <div class="field">
            <label for="progression">Progression de l’envoi</label>
            <progress
              id="progression"
              max={Math.max(campaign.stats.audience, 1)}
              value={campaign.stats.audience ? done : campaign.status === 'sent' ? 1 : 0}
              aria-describedby="progression-texte"
              style="width:100%;max-width:32rem;height:1.25rem"
            />
            <p class="meta" id="progression-texte" data-champ="progression">
              {progressText(campaign)}
            </p>
          </div>
        ) : null}
        <h2>Statistiques</h2>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Statistiques de la campagne</caption>
            <tbody>
              {STAT_LABELS.map(([key, label]) => (
                <tr>
                  <th scope="row">{label}</th>
                  <td data-stat={key}>{campaign.stats[key] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="hint">
          Les ouvertures et les clics ne sont comptés que pour les personnes qui l’ont accepté ; les autres
          figures portent sur tous les destinataires.
        </p>
        {live ? (
          <p data-champ="rafraichir">
            <a href={campaignPaths.campaign(campaign.id)}>Rafraîchir</a>
          </p>
        ) : null}
      </div>
      <CampaignActions campaign={campaign} />
      {live ? <script src={campaignPaths.progressScript} defer /> : null}
    </StaffLayout>
  );
}

function CampaignActions({ campaign }: { campaign: Campaign }) {
  const { status } = campaign;
  return (
    <section aria-labelledby="actions-titre">
      <h2 id="actions-titre">Actions</h2>
      <div class="actions">
        {status === 'draft' ? (
          <a class="button" href={campaignPaths.edit(campaign.id)}>
            Modifier
          </a>
        ) : null}
        <a
          class={status === 'draft' || status === 'scheduled' ? 'button' : undefined}
          href={campaignPaths.preview(campaign.id)}
        >
          {status === 'draft' || status === 'scheduled' ? 'Aperçu, test et envoi' : 'Aperçu'}
        </a>
        {status === 'paused' ? (
          <form method="post" action={campaignPaths.resume(campaign.id)} class="inline">
            <button type="submit">Reprendre l’envoi</button>
          </form>
        ) : null}
        <form method="post" action={campaignPaths.duplicate(campaign.id)} class="inline">
          <button type="submit" class="secondary">
            Dupliquer
          </button>
        </form>
        {status === 'draft' || status === 'scheduled' || status === 'sending' || status === 'paused' ? (
          <a href={campaignPaths.cancel(campaign.id)}>Annuler la campagne…</a>
        ) : null}
      </div>
    </section>
  );
}
