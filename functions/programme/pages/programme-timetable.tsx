import { frenchTime, parisIsoDate, parisLongDate } from '../../shared/paris-dates.js';
import type { PublicSession, PublicSpeaker } from '../session.js';

export interface ProgrammeTimetableProps {
  slug: string;
  sessions: PublicSession[];
  /** Whether each session's calendar file is offered (not for a cancelled event). */
  calendars: boolean;
}

/**
 * The programme of the public event page, in Paris time: one row per session (time, then title, room,
 * speakers, description and its own .ics), a timetable on a wide screen and a plain list on a phone.
 */
export function ProgrammeTimetable({ slug, sessions, calendars }: ProgrammeTimetableProps) {
  const days = [...new Set(sessions.map((session) => parisIsoDate(session.startsAt)))];
  const heading = days.length > 1 ? 'h4' : 'h3';
  return (
    <section aria-labelledby="programme-titre">
      <h2 id="programme-titre">Programme</h2>
      <p class="hint">Horaires à l’heure de Paris.</p>
      {days.map((day) => {
        const ofDay = sessions.filter((session) => parisIsoDate(session.startsAt) === day);
        return (
          <>
            {days.length > 1 ? <h3>{parisLongDate(ofDay[0]!.startsAt)}</h3> : null}
            <ol class="timetable">
              {ofDay.map((session) => (
                <SessionRow session={session} slug={slug} calendars={calendars} heading={heading} />
              ))}
            </ol>
          </>
        );
      })}
    </section>
  );
}

function SessionRow({
  session,
  slug,
  calendars,
  heading: Heading,
}: {
  session: PublicSession;
  slug: string;
  calendars: boolean;
  heading: 'h3' | 'h4';
}) {
  return (
    <li>
      <p class="slot-time">
        <time datetime={session.startsAt}>{frenchTime(session.startsAt)}</time>
        {' – '}
        <time datetime={session.endsAt}>{frenchTime(session.endsAt)}</time>
      </p>
      <div>
        <Heading>{session.title}</Heading>
        {session.room ? <p class="meta">Salle : {session.room}</p> : null}
        {session.speakers.length ? (
          <p class="meta">
            {session.speakers.length > 1 ? 'Intervenants : ' : 'Intervenant : '}
            {session.speakers.map(speakerLabel).join(' ; ')}
          </p>
        ) : null}
        {session.descriptionHtml ? (
          <div dangerouslySetInnerHTML={{ __html: session.descriptionHtml }} />
        ) : null}
        {calendars ? (
          <p>
            <a
              href={`/api/events/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(session.id)}/calendar.ics`}
            >
              Ajouter « {session.title} » à mon agenda (.ics)
            </a>
          </p>
        ) : null}
      </div>
    </li>
  );
}

/** « Claire Martin (Ingénieure, MagREESource) ». */
export function speakerLabel(speaker: PublicSpeaker): string {
  const about = [speaker.role, speaker.organisation].filter(Boolean).join(', ');
  return about ? `${speaker.name} (${about})` : speaker.name;
}

/** Every speaker of the programme once, in order of first appearance. */
export function programmeSpeakers(sessions: PublicSession[]): PublicSpeaker[] {
  const seen = new Map<string, PublicSpeaker>();
  for (const session of sessions) for (const speaker of session.speakers) seen.set(speaker.id, speaker);
  return [...seen.values()];
}
