import type { HubEvent } from '../event.js';
import { formatEventDates } from './format.js';
import { NoticeBox, type Notice } from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import { adminPaths } from '../../admin/admin-links.js';

export interface CancelEventPageProps {
  event: HubEvent;
  /** Who will receive the cancellation: confirmed and waitlisted registrants. */
  confirmed: number;
  waitlisted: number;
  notice?: Notice | undefined;
}

function people(count: number, what: string): string {
  return `${count} personne${count > 1 ? 's' : ''} ${what}`;
}

/** The step before cancelling: says what will happen and who will be told. */
export function CancelEventPage({ event, confirmed, waitlisted, notice }: CancelEventPageProps) {
  const told = confirmed + waitlisted;
  return (
    <StaffLayout title={`Annuler « ${event.title} »`}>
      <p>
        <a href={adminPaths.dashboard}>← Tableau de bord</a>
      </p>
      <h1>Annuler « {event.title} » ?</h1>
      <NoticeBox notice={notice} />
      <p>{formatEventDates(event)} (heure de Paris)</p>
      {told > 0 ? (
        <p>
          {people(confirmed, confirmed > 1 ? 'inscrites' : 'inscrite')} et{' '}
          {people(waitlisted, 'en liste d’attente')} recevront un e-mail d’annulation, avec l’annulation de
          l’invitation dans leur agenda.
        </p>
      ) : (
        <p>Personne n’est inscrit : aucun e-mail ne sera envoyé.</p>
      )}
      <p>
        <strong>L’annulation est définitive</strong> : l’événement ne pourra plus être modifié ni publié de
        nouveau, et les inscriptions seront fermées.
      </p>
      <form method="post" action={adminPaths.cancelEvent(event.id)} class="actions">
        <button type="submit" class="danger">
          Confirmer l’annulation
        </button>
        <a href={adminPaths.dashboard}>Ne pas annuler</a>
      </form>
    </StaffLayout>
  );
}
