import { frenchDay } from '../shared/paris-dates.js';
import type { SeriesPoint } from './registration-series.js';

export interface ChartSeries {
  title: string;
  points: SeriesPoint[];
}

// Distinct by colour (each at least 3:1 on white) and by dash, so the lines part without colour too.
const LINES = [
  { color: '#0b4f8a', dash: '' },
  { color: '#b35c00', dash: '8 4' },
  { color: '#0b6e4f', dash: '2 4' },
  { color: '#8a1c7c', dash: '12 4 2 4' },
  { color: '#5a5a5a', dash: '4 4' },
  { color: '#a1001c', dash: '16 6' },
] as const;
export const MAX_CHART_SERIES = LINES.length;

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 44, right: 16, top: 12, bottom: 32 };

function niceMax(value: number): number {
  if (value <= 4) return Math.max(value, 1);
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

/**
 * Registrations over time, one line per event: an SVG drawn on the server (no script), with its
 * description, a legend in text and the figures as a table for whoever cannot read the lines.
 */
export function RegistrationsChart({ series }: { series: ChartSeries[] }) {
  const days = series[0]?.points.map((point) => point.day) ?? [];
  if (!series.length || !days.length) return <p>Aucune inscription à représenter pour l’instant.</p>;
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const max = niceMax(Math.max(...series.flatMap((line) => line.points.map((point) => point.total))));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (days.length > 1 ? (index / (days.length - 1)) * plotWidth : 0);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const ticks = max >= 2 && max % 2 === 0 ? [0, max / 2, max] : [0, max];
  const middle = Math.floor((days.length - 1) / 2);
  const period = `du ${frenchDay(first, { withYear: true })} au ${frenchDay(last, { withYear: true })}`;
  const totals = series.map((line) => `${line.title} : ${line.points[line.points.length - 1]?.total ?? 0}`);

  return (
    <figure>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="courbe-titre courbe-desc"
      >
        <title id="courbe-titre">Inscriptions cumulées par événement</title>
        <desc id="courbe-desc">{`Inscriptions reçues ${period}. Totaux : ${totals.join(' ; ')}.`}</desc>
        {ticks.map((tick) => (
          <g>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#c8c8c8" />
            <text x={PAD.left - 6} y={y(tick) + 4} text-anchor="end" font-size="12" fill="#1b1b1b">
              {tick}
            </text>
          </g>
        ))}
        {[0, middle, days.length - 1]
          .filter((index, position, all) => all.indexOf(index) === position)
          .map((index) => (
            <text
              x={x(index)}
              y={HEIGHT - 10}
              text-anchor={index === 0 ? 'start' : index === days.length - 1 ? 'end' : 'middle'}
              font-size="12"
              fill="#1b1b1b"
            >
              {frenchDay(days[index]!)}
            </text>
          ))}
        {series.map((line, index) => {
          const style = LINES[index % LINES.length]!;
          return (
            <polyline
              fill="none"
              stroke={style.color}
              stroke-width="2.5"
              stroke-dasharray={style.dash || undefined}
              points={line.points
                .map((point, i) => `${x(i).toFixed(1)},${y(point.total).toFixed(1)}`)
                .join(' ')}
            />
          );
        })}
      </svg>
      <ul class="legend" aria-label="Légende">
        {series.map((line, index) => {
          const style = LINES[index % LINES.length]!;
          return (
            <li>
              <svg class="swatch" viewBox="0 0 24 12" aria-hidden="true">
                <line
                  x1="0"
                  x2="24"
                  y1="6"
                  y2="6"
                  stroke={style.color}
                  stroke-width="3"
                  stroke-dasharray={style.dash ? '6 3' : undefined}
                />
              </svg>
              {line.title} ({line.points[line.points.length - 1]?.total ?? 0})
            </li>
          );
        })}
      </ul>
      <figcaption>Inscriptions reçues, cumulées jour après jour (heure de Paris), {period}.</figcaption>
      <details>
        <summary>Voir les chiffres sous forme de tableau</summary>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Inscriptions cumulées par jour et par événement</caption>
            <thead>
              <tr>
                <th scope="col">Jour</th>
                {series.map((line) => (
                  <th scope="col">{line.title}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((day, index) => (
                <tr>
                  <th scope="row">{frenchDay(day, { withYear: true })}</th>
                  {series.map((line) => (
                    <td>{line.points[index]?.total ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
