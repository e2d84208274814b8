import { NoticeBox, type Notice } from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { Campaign } from '../campaign.js';
import { campaignPaths, STATUS_LABELS } from './campaign-labels.js';

const CONSEQUENCES: Partial<Record<Campaign['status'], string>> = {
  draft: 'Le brouillon ne pourra plus être envoyé ; vous pourrez toujours le dupliquer.',
  scheduled: 'L’envoi programmé n’aura pas lieu.',
  sending:
    'Les messages déjà partis ne peuvent pas être rappelés ; les destinataires restants ne recevront rien.',
  paused: 'Les destinataires restants ne recevront rien.',
};

/** The confirmation step before a campaign is cancelled: it says what cancelling does at this stage. */
export function CancelCampaignPage({
  campaign,
  notice,
}: {
  campaign: Campaign;
  notice?: Notice | undefined;
}) {
  return (
    <StaffLayout title={`Annuler « ${campaign.subject} »`} section={campaignPaths.list}>
      <h1>Annuler la campagne « {campaign.subject} » ?</h1>
      <NoticeBox notice={notice} />
      <p>Statut actuel : {STATUS_LABELS[campaign.status]}.</p>
      <p>{CONSEQUENCES[campaign.status] ?? 'Cette campagne est terminée.'}</p>
      <form method="post" action={campaignPaths.cancel(campaign.id)}>
        <div class="actions">
          <button type="submit" class="danger">
            Annuler la campagne
          </button>
          <a href={campaignPaths.campaign(campaign.id)}>Ne pas annuler</a>
        </div>
      </form>
    </StaffLayout>
  );
}
