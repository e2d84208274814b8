import type { Child } from 'hono/jsx';
import { logger } from '../../shared/logger.js';
import type { DashboardPanel } from '../dashboard-page.js';

export const UNAVAILABLE =
  'Ces chiffres sont momentanément indisponibles. Le reste du tableau de bord reste à jour : rechargez la page dans quelques minutes.';

/**
 * Panels whose content comes from one load: when the load fails, each panel says so in French and the
 * rest of the dashboard still renders.
 */
export async function failSoft<T>(
  load: () => Promise<T>,
  panels: { id: string; title: string; render: (data: T) => Child }[],
): Promise<DashboardPanel[]> {
  try {
    const data = await load();
    return panels.map(({ id, title, render }) => ({ id, title, content: render(data) }));
  } catch (error) {
    logger.error('dashboard panel unavailable', { panels: panels.map((panel) => panel.id), error });
    return panels.map(({ id, title }) => ({
      id,
      title,
      content: <p class="notice">{UNAVAILABLE}</p>,
    }));
  }
}
