import {
  CheckboxField,
  ErrorSummary,
  FieldError,
  InputField,
  NoticeBox,
  type Notice,
} from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { FieldErrors } from '../../shared/errors.js';
import type { Campaign } from '../campaign.js';
import { campaignPaths, STATUS_LABELS } from './campaign-labels.js';
import { PreviewFrames } from './preview-frames.js';

export interface PreviewPageProps {
  campaign: Campaign;
  preview: { html: string; text: string };
  audience: string;
  /** What was typed in the test, send and schedule forms, shown again with their messages. */
  values?: { to?: string; at?: string };
  errors?: FieldErrors;
  notice?: Notice | undefined;
}

const LABELS = {
  to: 'Adresses de test',
  confirm: 'Confirmation de l’envoi',
  at: 'Date et heure d’envoi',
};

/** The letter as recipients will see it, then the test send, send now and schedule forms. */
export function PreviewPage({
  campaign,
  preview,
  audience,
  values = {},
  errors = {},
  notice,
}: PreviewPageProps) {
  const sendable = campaign.status === 'draft' || campaign.status === 'scheduled';
  const field = { errors };
  return (
    <StaffLayout title={`Aperçu — ${campaign.subject}`} section={campaignPaths.list}>
      <p>
        <a href={campaignPaths.campaign(campaign.id)}>← La campagne</a>
      </p>
      <h1>Aperçu : {campaign.subject}</h1>
      <p class="meta">
        Statut : {STATUS_LABELS[campaign.status]} · Destinataires : {audience}
      </p>
      <NoticeBox notice={notice} />
      <ErrorSummary errors={errors} labels={LABELS} />
      {campaign.status === 'draft' ? (
        <p>
          <a href={campaignPaths.edit(campaign.id)}>Modifier la lettre</a>
        </p>
      ) : null}
      <section aria-labelledby="lettre-titre">
        <h2 id="lettre-titre">La lettre</h2>
        <p class="hint">
          Personnalisée avec un prénom d’exemple (Camille) ; les liens de désabonnement sont inactifs dans
          l’aperçu.
        </p>
        <PreviewFrames {...preview} />
      </section>
      {sendable ? (
        <>
          <section aria-labelledby="test-titre">
            <h2 id="test-titre">Envoi de test</h2>
            <form method="post" action={campaignPaths.test(campaign.id)} novalidate>
              <InputField
                name="to"
                label="Adresses de test"
                required
                type="text"
                autocomplete="email"
                value={values.to}
                hint="Adresses de l’équipe seulement, séparées par des virgules (10 au plus)."
                {...field}
              />
              <button type="submit" class="secondary">
                Envoyer le test
              </button>
            </form>
          </section>
          <section aria-labelledby="envoi-titre">
            <h2 id="envoi-titre">Envoyer maintenant</h2>
            <form method="post" action={campaignPaths.send(campaign.id)} novalidate>
              <input type="hidden" name="when" value="now" />
              <FieldError id="confirm-erreur" messages={errors.confirm} />
              <CheckboxField
                name="confirm"
                label={`Je confirme l’envoi de cette lettre à : ${audience}`}
                checked={false}
                hint="L’envoi ne peut pas être rappelé ; il peut être annulé tant qu’il n’est pas terminé."
              />
              <button type="submit">Envoyer maintenant</button>
            </form>
          </section>
          <section aria-labelledby="programmer-titre">
            <h2 id="programmer-titre">Programmer l’envoi</h2>
            <form method="post" action={campaignPaths.send(campaign.id)} novalidate>
              <input type="hidden" name="when" value="later" />
              <InputField
                name="at"
                label="Date et heure d’envoi"
                type="datetime-local"
                required
                value={values.at}
                hint="À l’heure de Paris."
                {...field}
              />
              <button type="submit" class="secondary">
                Programmer l’envoi
              </button>
            </form>
          </section>
        </>
      ) : null}
    </StaffLayout>
  );
}
