import type { SuppressionFigures } from '../../suppression/suppression-list.js';
import type { DashboardPanel } from '../dashboard-page.js';
import { failSoft } from './fail-soft.js';
import { counted } from './figures.js';

/** What SES feedback did to the lists: addresses no longer written to, and transient bounces. */
export async function suppressionPanel(figures: () => Promise<SuppressionFigures>): Promise<DashboardPanel> {
  const [panel] = await failSoft(figures, [
    { id: 'rebonds', title: 'Rebonds et adresses supprimées', render: Figures },
  ]);
  return panel!;
}

function Figures(figures: SuppressionFigures) {
  return (
    <>
      <ul>
        <li>
          Rebond définitif :{' '}
          <strong>{counted(figures.bounce, 'adresse supprimée', 'adresses supprimées')}</strong>
        </li>
        <li>
          Plainte pour courrier indésirable :{' '}
          <strong>{counted(figures.complaint, 'adresse supprimée', 'adresses supprimées')}</strong>
        </li>
        <li>
          Rebonds temporaires : <strong>{counted(figures.softBounces, 'rebond')}</strong> sur{' '}
          {counted(figures.softBouncedAddresses, 'adresse')}
        </li>
      </ul>
      <p class="meta">
        Le hub n’écrit plus aux adresses supprimées, pour aucun envoi (campagnes comme événements). Un rebond
        temporaire (boîte pleine, serveur indisponible) est seulement compté.
      </p>
    </>
  );
}
