import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../../events/event.js';
import { BackToEvents, EventSummary } from './event-summary.js';
import type { Registration } from '../registration.js';
import { pageText } from '../../pages/page-text.js';

export interface RegistrationResultPageProps {
  event: HubEvent;
  registration: Registration;
  /** 1 for the first in line; only for a waitlisted registration. */
  waitlistRank?: number;
}

/** What a new registrant sees after posting the form. */
export function RegistrationResultPage({ event, registration, waitlistRank }: RegistrationResultPageProps) {
  const waitlisted = registration.status === 'waitlisted';
  const text = pageText().registration;
  return (
    <Layout title={waitlisted ? text.waitlistedTitle : text.confirmedTitle}>
      <h1>{waitlisted ? text.waitlistedHeading : text.confirmedHeading}</h1>
      <EventSummary event={event} />
      {waitlisted ? (
        <>
          <p>
            {text.eventFull}
            {waitlistRank ? text.waitlistRank(waitlistRank) : null}
          </p>
          <p>{text.waitlistPromise(registration.email)}</p>
        </>
      ) : (
        <p>{text.confirmedText(registration.firstName, registration.email)}</p>
      )}
      <p>{text.cancelLinkNote}</p>
      <BackToEvents event={event} />
    </Layout>
  );
}
