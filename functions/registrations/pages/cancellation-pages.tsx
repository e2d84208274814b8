import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../../events/event.js';
import { BackToEvents, EventSummary } from './event-summary.js';
import { CANCEL_PATH } from '../cancellation-link.js';
import type { Registration } from '../registration.js';
import { pagePath, pageText } from '../../pages/page-text.js';

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
  const text = pageText().registration;
  const name = `${registration.firstName} ${registration.lastName}`;
  return (
    <Layout title={text.cancelTitle}>
      <h1>{text.cancelTitle}</h1>
      <EventSummary event={event} />
      <p>{text.registrationOf(name, registration.email, registration.status === 'waitlisted')}</p>
      <p>{text.cancelWarning}</p>
      <form method="post" action={pagePath(CANCEL_PATH)}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" class="danger">
          {text.confirmCancel}
        </button>
      </form>
      <p>
        <a href={pagePath(`/evenements/${encodeURIComponent(event.slug)}`)}>{text.keep}</a>
      </p>
    </Layout>
  );
}

export function CancellationDonePage({
  event,
  registration,
  alreadyCancelled,
}: CancellationProps & { alreadyCancelled: boolean }) {
  const text = pageText().registration;
  return (
    <Layout title={text.cancelledTitle}>
      <h1>{text.cancelledHeading}</h1>
      <EventSummary event={event} />
      <p role="status">{alreadyCancelled ? text.alreadyCancelled : text.cancelledText(registration.email)}</p>
      <BackToEvents event={event} />
    </Layout>
  );
}
