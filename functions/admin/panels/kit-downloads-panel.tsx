import type { KitService } from '../../kits/kit-service.js';
import type { DashboardPanel } from '../dashboard-page.js';
import { failSoft } from './fail-soft.js';
import { counted, parisMonth } from './figures.js';

const SHOWN_KITS = 5;

type Counts = Awaited<ReturnType<KitService['downloadCounts']>>;

/** Downloads of the current Paris month, per kit (files and whole ZIPs). */
export async function kitDownloadsPanel(
  kits: Pick<KitService, 'downloadCounts'>,
  now: Date,
): Promise<DashboardPanel> {
  const month = parisMonth(now);
  const [panel] = await failSoft(
    () => kits.downloadCounts(month.from, month.to),
    [
      {
        id: 'telechargements-kits',
        title: 'Téléchargements des kits ce mois-ci',
        render: (counts: Counts) => <KitDownloads counts={counts} month={month.label} />,
      },
    ],
  );
  return panel!;
}

function KitDownloads({ counts, month }: { counts: Counts; month: string }) {
  const files = counts.reduce((sum, kit) => sum + kit.files, 0);
  const zips = counts.reduce((sum, kit) => sum + kit.zips, 0);
  if (files + zips === 0) return <p>Aucun téléchargement de kit en {month}.</p>;
  return (
    <>
      <p>
        En {month} : <strong>{counted(files + zips, 'téléchargement')}</strong> ({counted(files, 'fichier')},{' '}
        {counted(zips, 'archive ZIP', 'archives ZIP')}).
      </p>
      <ul>
        {counts.slice(0, SHOWN_KITS).map((kit) => (
          <li>
            <a href={`/admin/kits/${encodeURIComponent(kit.kitId)}`}>{kit.title}</a> :{' '}
            {counted(kit.files, 'fichier')}, {counted(kit.zips, 'ZIP', 'ZIP')}
          </li>
        ))}
      </ul>
      {counts.length > SHOWN_KITS ? (
        <p class="meta">
          Et {counted(counts.length - SHOWN_KITS, 'autre kit', 'autres kits')} :{' '}
          <a href="/admin/kits">tous les kits</a>.
        </p>
      ) : null}
    </>
  );
}
