import type { HubEvent } from '../events/event.js';

type Counts = Pick<HubEvent, 'capacity' | 'confirmedCount' | 'waitlistedCount'>;

/** "12 / 50 places (24 %)": the words that the bar shows, for everyone who cannot see it. */
export function fillRateText({ capacity, confirmedCount }: Counts): string {
  const registered = `${confirmedCount} inscrit${confirmedCount > 1 ? 's' : ''}`;
  if (capacity === undefined) return `${registered} · places illimitées`;
  const percent = capacity > 0 ? Math.round((confirmedCount / capacity) * 100) : 100;
  return `${confirmedCount} / ${capacity} places (${percent}\u00a0%)`;
}

/** Shares of the bar, in percent: confirmed seats, free seats, then the waitlist beyond the capacity. */
export function fillRateShares({ capacity, confirmedCount, waitlistedCount }: Counts) {
  if (capacity === undefined) return undefined;
  const seats = Math.max(capacity, confirmedCount);
  const total = seats + waitlistedCount;
  const share = (part: number) => (total > 0 ? Math.round((part / total) * 1000) / 10 : 0);
  return {
    confirmed: share(confirmedCount),
    free: share(seats - confirmedCount),
    waitlisted: share(waitlistedCount),
  };
}

/** A stacked bar (confirmed, free, waitlisted) with its text; the bar itself is hidden from screen readers. */
export function FillRate({ event }: { event: Counts }) {
  const shares = fillRateShares(event);
  return (
    <div>
      {shares ? (
        <div class="stack" aria-hidden="true">
          <span class="confirmed" style={`width:${shares.confirmed}%`} />
          <span class="free" style={`width:${shares.free}%`} />
          <span class="waitlisted" style={`width:${shares.waitlisted}%`} />
        </div>
      ) : null}
      <p class="meta">
        {fillRateText(event)}
        {event.waitlistedCount > 0 ? ` · ${event.waitlistedCount} en liste d’attente` : null}
      </p>
    </div>
  );
}
