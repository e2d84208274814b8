import type { HubEvent } from '../../events/event.js';
import { formatEventDates } from '../../events/pages/format.js';
import { contentText, pagePath, pageText } from '../../pages/page-text.js';

/** The event a registration page is about: its title and its dates. */
export function EventSummary({ event }: { event: HubEvent }) {
  const title = contentText(event, 'title');
  return (
    <p>
      <strong lang={title.lang}>{title.text}</strong>
      <br />
      {formatEventDates(event)} ({pageText().dates.parisTime})
    </p>
  );
}

/** Where to go once the registration page is read. */
export function BackToEvents({ event }: { event: HubEvent }) {
  const text = pageText();
  return (
    <p>
      <a href={pagePath(`/evenements/${encodeURIComponent(event.slug)}`)}>{text.registration.backToEvent}</a>{' '}
      · <a href={pagePath('/')}>{text.events.showAll}</a>
    </p>
  );
}
