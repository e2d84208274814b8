import type { HubEvent } from '../event.js';
import { KIND_LABELS, formatEventDates, placeLabel } from './format.js';

/** One event in a list: its kind, a link to its page, when and where (and `extra`, such as its seats). */
export function EventCard({ event, extra }: { event: HubEvent; extra?: string }) {
  return (
    <li class="card">
      <p class="badge">{KIND_LABELS[event.kind]}</p>
      <h2>
        <a href={`/evenements/${encodeURIComponent(event.slug)}`}>{event.title}</a>
      </h2>
      <p class="meta">
        {formatEventDates(event)} · {placeLabel(event)}
        {extra ? ` · ${extra}` : ''}
      </p>
      <p>{event.summary}</p>
    </li>
  );
}
