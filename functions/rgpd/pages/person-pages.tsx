import { frenchDateTime } from '../../shared/paris-dates.js';
import { ErrorSummary, InputField, NoticeBox, type Notice } from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { FieldErrors } from '../../shared/errors.js';
import { holdsASeat } from '../erasure-rules.js';
import type { PersonRecords } from '../person-data.js';
import type { ErasureSummary } from '../person-data-service.js';

export const PERSON_PATHS = {
  page: '/admin/personnes',
  erase: '/admin/personnes/effacer',
  exportUrl: (email: string) => `/api/admin/people/${encodeURIComponent(email)}/export`,
} as const;

const SUBSCRIBER_STATUS: Record<string, string> = {
  pending: 'demande en attente de confirmation',
  confirmed: 'abonnement confirmé',
  unsubscribed: 'désabonnée',
};
const SUPPRESSION_REASON: Record<string, string> = {
  bounce: 'rebond permanent',
  complaint: 'signalement comme indésirable',
};

function SearchForm({ email, errors }: { email?: string; errors?: FieldErrors }) {
  return (
    <form method="post" action={PERSON_PATHS.page} novalidate>
      <ErrorSummary errors={errors ?? {}} labels={{ email: 'Adresse e-mail' }} />
      <InputField
        name="email"
        type="email"
        label="Adresse e-mail"
        value={email}
        errors={errors}
        required
        autocomplete="off"
        hint="L’adresse de la personne qui demande une copie ou l’effacement de ses données."
      />
      <div class="actions">
        <button type="submit">Rechercher</button>
      </div>
    </form>
  );
}

/** Staff look up one address before exporting or erasing what the hub keeps about it. */
export function PersonSearchPage(props: { email?: string; errors?: FieldErrors; notice?: Notice }) {
  return (
    <StaffLayout title="Données d’une personne" section={PERSON_PATHS.page}>
      <h1>Données d’une personne</h1>
      <NoticeBox notice={props.notice} />
      <p>
        Pour répondre à une demande d’accès ou d’effacement (RGPD) : exportez tout ce que le hub conserve sur
        une adresse, ou effacez-le.
      </p>
      <SearchForm email={props.email} errors={props.errors} />
    </StaffLayout>
  );
}

function summaryLines(records: PersonRecords, now: Date): string[] {
  const upcoming = records.registrations.filter((entry) => holdsASeat(entry, now)).length;
  const lines: string[] = [];
  const { subscriber, suppression, membership } = records;
  lines.push(
    subscriber
      ? `Lettre d’information : ${SUBSCRIBER_STATUS[subscriber.status] ?? subscriber.status}, dernière interaction le ${frenchDateTime(subscriber.lastInteractionAt)}.`
      : 'Lettre d’information : aucun abonnement.',
  );
  lines.push(
    `Inscriptions aux événements : ${records.registrations.length}` +
      (upcoming ? `, dont ${upcoming} à un événement à venir (la place sera libérée).` : '.'),
  );
  lines.push(`Campagnes adressées : ${records.campaignSends.length}.`);
  if (records.campaignsAuthored.length)
    lines.push(
      `Campagnes rédigées (l’auteur sera remplacé par « adresse effacée ») : ${records.campaignsAuthored.length}.`,
    );
  lines.push(
    suppression?.reason
      ? `Adresse bloquée (${SUPPRESSION_REASON[suppression.reason] ?? suppression.reason}) : le blocage est conservé, sous une empreinte de l’adresse.`
      : 'Adresse non bloquée.',
  );
  if (membership)
    lines.push(
      `Membre de l’organisation partenaire « ${membership.organisationName ?? membership.organisationId} ».`,
    );
  lines.push(`Connexions (liens et sessions en cours) : ${records.signIns.length}.`);
  if (records.accessAudit.length)
    lines.push(
      `Historique des accès (retraits, révocations) : ${records.accessAudit.length} mention(s) de l’adresse, qui sera remplacée par « adresse effacée ».`,
    );
  lines.push(
    `Kits : ${records.kitDownloads.length} téléchargement(s) enregistré(s), ${records.kitFollows.length} suivi(s).`,
  );
  if (records.attendanceSignatures.length)
    lines.push(`Émargement : ${records.attendanceSignatures.length} demi-journée(s) signée(s).`);
  const certificates = records.certificates.filter((certificate) => certificate.email);
  if (certificates.length)
    lines.push(
      `Attestations de présence : ${certificates.length}. L’effacement les révoque : leur vérification dira « révoqué » (n° ${certificates.map((certificate) => certificate.number).join(', ')}).`,
    );
  if (records.surveys.length)
    lines.push(`Enquêtes de satisfaction (invitations et réponses) : ${records.surveys.length}.`);
  if (records.speakers.length)
    lines.push(`Fiche(s) d’intervenant (avec leur photo) : ${records.speakers.length}.`);
  return lines;
}

function EraseForm({ email, confirm }: { email: string; confirm: boolean }) {
  return (
    <form method="post" action={PERSON_PATHS.erase} class="inline">
      <input type="hidden" name="email" value={email} />
      {confirm ? <input type="hidden" name="confirmation" value="oui" /> : null}
      <button type="submit" class="danger">
        {confirm ? 'Confirmer l’effacement' : 'Effacer'}
      </button>
    </form>
  );
}

export function PersonSummaryPage({ records, now }: { records: PersonRecords; now: Date }) {
  return (
    <StaffLayout title="Données d’une personne" section={PERSON_PATHS.page}>
      <h1>Données de {records.email}</h1>
      <ul>
        {summaryLines(records, now).map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <div class="actions">
        <a href={PERSON_PATHS.exportUrl(records.email)} download>
          Exporter (JSON)
        </a>
        <EraseForm email={records.email} confirm={false} />
      </div>
      <h2>Autre adresse</h2>
      <SearchForm />
    </StaffLayout>
  );
}

/** The step before erasing: what will go, what stays, and that it cannot be undone. */
export function ErasePersonConfirmPage({ records, now }: { records: PersonRecords; now: Date }) {
  return (
    <StaffLayout title="Effacer les données ?" section={PERSON_PATHS.page}>
      <h1>Effacer les données de {records.email} ?</h1>
      <ul>
        {summaryLines(records, now).map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <p>
        <strong>L’effacement est définitif.</strong> Les inscriptions à venir sont annulées sans e-mail à la
        personne ; la liste d’attente avance et la personne promue est prévenue. Les chiffres des événements
        et des campagnes restent, sans l’adresse.
      </p>
      <div class="actions">
        <EraseForm email={records.email} confirm />
        <a href={PERSON_PATHS.page}>Ne pas effacer</a>
      </div>
    </StaffLayout>
  );
}

export function ErasedPage({ summary }: { summary: ErasureSummary }) {
  const { erased } = summary;
  return (
    <StaffLayout title="Données effacées" section={PERSON_PATHS.page}>
      <h1>Données de {summary.email} effacées</h1>
      <p class="notice" role="status">
        L’effacement est terminé.
      </p>
      <ul>
        <li>Abonnement à la lettre : {erased.newsletterSubscription}</li>
        <li>
          Inscriptions : {erased.registrations} (places libérées : {erased.seatsFreed})
        </li>
        <li>Traces d’envoi de campagnes : {erased.campaignSends}</li>
        <li>Campagnes dont l’auteur est effacé : {erased.campaignsAuthored}</li>
        <li>Adhésion partenaire : {erased.partnerMembership}</li>
        <li>Connexions : {erased.signIns}</li>
        <li>Téléchargements de kits anonymisés : {erased.kitDownloadsAnonymised}</li>
        <li>Suivis de kits : {erased.kitFollows}</li>
        <li>Historique des accès (retraits, révocations) anonymisé : {erased.accessAuditAnonymised}</li>
        <li>Signatures d’émargement : {erased.attendanceSignatures}</li>
        <li>Attestations révoquées : {erased.certificatesRevoked}</li>
        <li>Réponses et invitations d’enquête : {erased.surveyAnswers}</li>
      </ul>
      <p>
        {summary.keptSuppression
          ? `Conservé : le blocage de l’adresse (${SUPPRESSION_REASON[summary.keptSuppression] ?? summary.keptSuppression}), sous une empreinte, pour ne plus jamais lui écrire.`
          : 'Rien n’est conservé.'}
      </p>
      <p>
        <a href={PERSON_PATHS.page}>Rechercher une autre adresse</a>
      </p>
    </StaffLayout>
  );
}
