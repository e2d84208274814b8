import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../../events/event.js';
import { BackToEvents, EventSummary } from './event-summary.js';
import type { Registration } from '../registration.js';

export interface RegistrationResultPageProps {
  event: HubEvent;
  registration: Registration;
  /** 1 for the first in line; only for a waitlisted registration. */
  waitlistRank?: number;
}

/** What a new registrant sees after posting the form. */
export function RegistrationResultPage({ event, registration, waitlistRank }: RegistrationResultPageProps) {
  const waitlisted = registration.status === 'waitlisted';
  return (
    <Layout title={waitlisted ? 'Inscription sur liste d’attente' : 'Inscription confirmée'}>
      <h1>{waitlisted ? 'Vous êtes sur la liste d’attente' : 'Votre inscription est confirmée'}</h1>
      <EventSummary event={event} />
      {waitlisted ? (
        <>
          <p>
            L’événement est complet.
            {waitlistRank ? ` Vous êtes en position ${waitlistRank} sur la liste d’attente.` : null}
          </p>
          <p>
            Si une place se libère, elle vous sera attribuée automatiquement dans l’ordre de la liste et vous
            recevrez un e-mail de confirmation à l’adresse {registration.email}.
          </p>
        </>
      ) : (
        <p>
          Votre inscription est confirmée, {registration.firstName}. Un e-mail de confirmation avec
          l’invitation pour votre agenda a été envoyé à l’adresse {registration.email}.
        </p>
      )}
      <p>
        Chaque e-mail contient un lien personnel pour annuler votre inscription si vous ne pouvez plus venir.
      </p>
      <BackToEvents event={event} />
    </Layout>
  );
}
