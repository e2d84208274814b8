import { NoticeBox, type Notice } from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { Campaign } from '../campaign.js';
import { campaignPaths, STATUS_LABELS } from './campaign-labels.js';
import { campaignDate, progressText } from './format.js';

/** Every campaign, newest first, with its status and its figures so far. */
export function CampaignListPage({
  campaigns,
  notice,
}: {
  campaigns: Campaign[];
  notice?: Notice | undefined;
}) {
  return (
    <StaffLayout title="Campagnes" section={campaignPaths.list}>
      <h1>Campagnes</h1>
      <NoticeBox notice={notice} />
      <p>
        <a class="button" href={campaignPaths.create}>
          Nouvelle campagne
        </a>
      </p>
      {campaigns.length ? (
        <div class="table-wrap">
          <table class="responsive">
            <caption class="visually-hidden">Les campagnes, des plus récentes aux plus anciennes</caption>
            <thead>
              <tr>
                <th scope="col">Objet</th>
                <th scope="col">Statut</th>
                <th scope="col">Destinataires</th>
                <th scope="col">Envoyés</th>
                <th scope="col">Distribués</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((campaign) => (
                <tr>
                  <td data-label="Objet">
                    <a href={campaignPaths.campaign(campaign.id)}>{campaign.subject}</a>
                    <br />
                    <span class="meta">{campaignDate(campaign)}</span>
                  </td>
                  <td data-label="Statut">
                    {STATUS_LABELS[campaign.status]}
                    {campaign.status === 'sending' ? (
                      <>
                        <br />
                        <span class="meta">{progressText(campaign)}</span>
                      </>
                    ) : null}
                  </td>
                  <td data-label="Destinataires">
                    {campaign.startedAt ? (
                      campaign.stats.audience
                    ) : (
                      <>
                        <span aria-hidden="true">—</span>
                        <span class="visually-hidden">comptés à l’envoi</span>
                      </>
                    )}
                  </td>
                  <td data-label="Envoyés">{campaign.stats.sent}</td>
                  <td data-label="Distribués">{campaign.stats.delivered}</td>
                  <td data-label="Actions">
                    <ul class="plain">
                      {campaign.status === 'draft' ? (
                        <li>
                          <a href={campaignPaths.edit(campaign.id)}>
                            Modifier<span class="visually-hidden"> « {campaign.subject} »</span>
                          </a>
                        </li>
                      ) : null}
                      <li>
                        <a href={campaignPaths.preview(campaign.id)}>
                          Aperçu<span class="visually-hidden"> de « {campaign.subject} »</span>
                        </a>
                      </li>
                      <li>
                        <a href={campaignPaths.campaign(campaign.id)}>
                          Résultats<span class="visually-hidden"> de « {campaign.subject} »</span>
                        </a>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucune campagne pour l’instant.</p>
      )}
    </StaffLayout>
  );
}
