import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../../events/event.js';
import { BackToEvents, EventSummary } from './event-summary.js';

/**
 * What the form answers for an address already registered: whoever typed it may not own it, so nothing
 * stored is shown (no name, no status, no place on the waitlist), only where the owner finds the way out.
 */
export function AlreadyRegisteredPage({ event }: { event: HubEvent }) {
  return (
    <Layout title="Adresse déjà inscrite">
      <h1>Adresse déjà inscrite</h1>
      <EventSummary event={event} />
      <p class="notice" role="status">
        Cette adresse e-mail est déjà inscrite à cet événement. L’e-mail de confirmation reçu lors de
        l’inscription contient le lien pour annuler.
      </p>
      <BackToEvents event={event} />
    </Layout>
  );
}
