import type { HubEvent } from '../events/event.js';

type Counts = Pick<HubEvent, 'capacity' | 'confirmedCount' | 'waitlistedCount'>;

/** "12 / 50 places (24 %)": the words that the bar shows, for everyone who cannot see it. */
export function fillRateText({ capacity, confirmedCount }: Counts): string {
  const registered = `${confirmedCount} inscrit${confirmedCount > 1 ? 's' : ''}`;
  if (capacity === undefined) return `${registered} · places illimitées`;
  const percent = capacity > 0 ? Math.round((confirmedCount / capacity) * 100) : 100;
  return `${confirmedCount} / ${capacity} places (${percent}\u00a0%)`;
}

export function FillRate({ event }: { event: Counts }) {
  const { capacity, confirmedCount, waitlistedCount } = event;
  const ratio = capacity ? Math.min(1, confirmedCount / capacity) : 0;
  return (
    <div>
      {capacity !== undefined ? (
        <div class="fill" aria-hidden="true">
          <span style={`width:${Math.round(ratio * 100)}%`} />
        </div>
      ) : null}
      <p class="meta">{fillRateText(event)}</p>
      {waitlistedCount > 0 ? <p class="meta">{`${waitlistedCount} en liste d’attente`}</p> : null}
    </div>
  );
}
