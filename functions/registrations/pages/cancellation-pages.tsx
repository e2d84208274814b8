import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../../events/event.js';
import { BackToEvents, EventSummary } from './event-summary.js';
import { CANCEL_PATH } from '../cancellation-link.js';
import type { Registration } from '../registration.js';

interface CancellationProps {
  event: HubEvent;
  registration: Registration;
}

/** Shown by the mail link: nothing changes until the button is pressed (link scanners only GET). */
export function CancellationConfirmPage({
  event,
  registration,
  token,
}: CancellationProps & { token: string }) {
  if (registration.status === 'cancelled')
    return <CancellationDonePage event={event} registration={registration} alreadyCancelled />;
  return (
    <Layout title="Annuler mon inscription">
      <h1>Annuler mon inscription</h1>
      <EventSummary event={event} />
      <p>
        Inscription de {registration.firstName} {registration.lastName} ({registration.email}),{' '}
        {registration.status === 'waitlisted' ? 'sur liste d’attente' : 'confirmée'}.
      </p>
      <p>
        Si vous annulez, votre place sera proposée à la personne suivante sur la liste d’attente. Vous pourrez
        vous réinscrire tant que les inscriptions sont ouvertes, sans garantie de place.
      </p>
      <form method="post" action={CANCEL_PATH}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" class="danger">
          Confirmer l’annulation
        </button>
      </form>
      <p>
        <a href={`/evenements/${encodeURIComponent(event.slug)}`}>Garder mon inscription</a>
      </p>
    </Layout>
  );
}

export function CancellationDonePage({
  event,
  registration,
  alreadyCancelled,
}: CancellationProps & { alreadyCancelled: boolean }) {
  return (
    <Layout title="Inscription annulée">
      <h1>Votre inscription est annulée</h1>
      <EventSummary event={event} />
      <p role="status">
        {alreadyCancelled
          ? 'Cette inscription était déjà annulée : il n’y a rien de plus à faire.'
          : `Votre inscription est annulée. Un e-mail de confirmation a été envoyé à l’adresse ${registration.email}.`}
      </p>
      <BackToEvents event={event} />
    </Layout>
  );
}
