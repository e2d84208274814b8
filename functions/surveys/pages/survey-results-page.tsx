import type { HubEvent } from '../../events/event.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import { adminPaths } from '../../admin/admin-links.js';
import { parisLongDateTime } from '../../shared/paris-dates.js';
import { SCORE_LABELS, SCORE_QUESTIONS, type SurveyResults } from '../survey.js';

const WIDTH = 640;
const ROW = 28;
const LABEL_WIDTH = 60;
const BAR_COLOURS: Record<string, string> = { overall: '#0b4f8a', content: '#b35c00', trainers: '#0b6e4f' };

/** One question's distribution as horizontal bars: an SVG image whose description says every figure. */
function DistributionChart({
  question,
  counts,
}: {
  question: (typeof SCORE_QUESTIONS)[number];
  counts: number[];
}) {
  const max = Math.max(1, ...counts);
  const height = ROW * 5 + 8;
  const plot = WIDTH - LABEL_WIDTH - 50;
  const id = `repartition-${question}`;
  const description = counts.map((count, index) => `note ${index + 1} : ${count}`).join(' ; ');
  return (
    <figure>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-titre ${id}-desc`}
      >
        <title id={`${id}-titre`}>{`${SCORE_LABELS[question]} : nombre de réponses par note`}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {counts.map((count, index) => {
          const y = 4 + index * ROW;
          const width = (count / max) * plot;
          return (
            <g>
              <text x={LABEL_WIDTH - 8} y={y + 18} text-anchor="end" font-size="13" fill="#1b1b1b">
                {`${index + 1}`}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 8} fill={BAR_COLOURS[question]} />
              <text x={LABEL_WIDTH + width + 6} y={y + 18} font-size="13" fill="#1b1b1b">
                {String(count)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{SCORE_LABELS[question]}</figcaption>
    </figure>
  );
}

function figure(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
}

/** The staff page of an event's survey: figures, the distribution drawn and as a table, closing, the CSV. */
export function SurveyResultsPage({ event, results }: { event: HubEvent; results: SurveyResults }) {
  const base = `/admin/evenements/${encodeURIComponent(event.id)}/enquete`;
  return (
    <StaffLayout title={`Enquête · ${event.title}`}>
      <p>
        <a href={adminPaths.registrations(event.id)}>Inscriptions de l’événement</a>
      </p>
      <h1>Enquête de satisfaction : {event.title}</h1>
      <dl>
        <dt>Invités</dt>
        <dd>{results.invited}</dd>
        <dt>Réponses</dt>
        <dd>{results.answered}</dd>
        <dt>Recommanderaient l’événement</dt>
        <dd>
          {results.recommend === null
            ? '—'
            : `${Math.round(results.recommend * 100)} % (${results.recommendCounts.yes} oui, ${results.recommendCounts.no} non)`}
        </dd>
        <dt>État</dt>
        <dd>{results.closedAt ? `close le ${parisLongDateTime(results.closedAt)}` : 'ouverte'}</dd>
      </dl>
      <table>
        <caption>Notes (de 1 à 5) : moyenne et nombre de réponses par note</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Moyenne</th>
            {[1, 2, 3, 4, 5].map((score) => (
              <th scope="col">{`Note ${score}`}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SCORE_QUESTIONS.map((question) => (
            <tr>
              <th scope="row">{SCORE_LABELS[question]}</th>
              <td>{figure(results.averages[question])}</td>
              {results.distribution[question].map((count) => (
                <td>{count}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {results.answered ? (
        SCORE_QUESTIONS.map((question) => (
          <DistributionChart question={question} counts={results.distribution[question]} />
        ))
      ) : (
        <p>Aucune réponse pour l’instant.</p>
      )}
      <p>
        <a href={`/api/admin/events/${encodeURIComponent(event.id)}/survey.csv`}>
          Télécharger les réponses (CSV)
        </a>
        {event.surveyNamed ? ' (nominatif)' : ' (anonyme)'}
      </p>
      {results.closedAt || !results.invited ? null : (
        <form method="post" action={`${base}/clore`}>
          <button type="submit">Clore l’enquête</button>
        </form>
      )}
    </StaffLayout>
  );
}
