import { Layout } from '../../pages/layout.js';
import { parisLongDate } from '../../shared/paris-dates.js';
import type { CertificateProof } from '../certificate.js';
import { frenchHours } from '../certificate-rules.js';

/** The public verification of a certificate: only what proves it, never the trainee's name in full. */
export function CertificatePage({ proof }: { proof: CertificateProof }) {
  const valid = proof.status === 'valide';
  return (
    <Layout title={`Attestation n° ${proof.number}`}>
      <h1>Vérification d’une attestation de présence</h1>
      <p class="notice" role="status">
        Attestation n° {proof.number} : <strong>{valid ? 'valide' : 'révoqué'}</strong>
        {valid ? '' : ' (elle a été retirée par l’organisme et ne prouve plus rien)'}.
      </p>
      <dl>
        {proof.initials ? (
          <>
            <dt>Stagiaire (initiales)</dt>
            <dd>{proof.initials}</dd>
          </>
        ) : null}
        <dt>Formation</dt>
        <dd>{proof.title}</dd>
        <dt>Dates</dt>
        <dd>
          {parisLongDate(proof.startsAt) === parisLongDate(proof.endsAt)
            ? `le ${parisLongDate(proof.startsAt)}`
            : `du ${parisLongDate(proof.startsAt)} au ${parisLongDate(proof.endsAt)}`}
        </dd>
        <dt>Heures suivies</dt>
        <dd>
          {frenchHours(proof.attendedMinutes)} sur {frenchHours(proof.plannedMinutes)} prévues
        </dd>
        <dt>Délivrée par</dt>
        <dd>
          {proof.issuerName}, {proof.issuerTitle}, le {parisLongDate(proof.issuedAt)}
        </dd>
        <dt>Statut</dt>
        <dd>{proof.status}</dd>
      </dl>
    </Layout>
  );
}
