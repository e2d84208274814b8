import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../../events/event.js';
import { BackToEvents, EventSummary } from './event-summary.js';
import { pageText } from '../../pages/page-text.js';

/**
 * What the form answers for an address already registered: whoever typed it may not own it, so nothing
 * stored is shown (no name, no status, no place on the waitlist), only where the owner finds the way out.
 */
export function AlreadyRegisteredPage({ event }: { event: HubEvent }) {
  const text = pageText().registration;
  return (
    <Layout title={text.alreadyTitle}>
      <h1>{text.alreadyTitle}</h1>
      <EventSummary event={event} />
      <p class="notice" role="status">
        {text.alreadyText}
      </p>
      <BackToEvents event={event} />
    </Layout>
  );
}
