import type { HubEvent } from '../event.js';
import { formatEventDates, kindLabel, placeLabel } from './format.js';
import { contentText, pagePath } from '../../pages/page-text.js';

/** One event in a list: its kind, a link to its page, when and where (and `extra`, such as its seats). */
export function EventCard({ event, extra }: { event: HubEvent; extra?: string }) {
  const title = contentText(event, 'title');
  const summary = contentText(event, 'summary');
  return (
    <li class="card">
      <p class="badge">{kindLabel(event.kind)}</p>
      <h2 lang={title.lang}>
        <a href={pagePath(`/evenements/${encodeURIComponent(event.slug)}`)}>{title.text}</a>
      </h2>
      <p class="meta">
        {formatEventDates(event)} · {placeLabel(event)}
        {extra ? ` · ${extra}` : ''}
      </p>
      <p lang={summary.lang}>{summary.text}</p>
    </li>
  );
}
