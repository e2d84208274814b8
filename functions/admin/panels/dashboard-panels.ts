import type { Hub } from '../../composition/hub.js';
import type { DashboardPanel } from '../dashboard-page.js';
import { campaignPanels } from './campaign-panels.js';
import { kitDownloadsPanel } from './kit-downloads-panel.js';
import { suppressionPanel } from './suppression-panel.js';

/** The dashboard's panels from the other capabilities, loaded side by side; each one fails on its own. */
export async function dashboardPanels(
  hub: Pick<Hub, 'campaigns' | 'kits' | 'suppression'>,
  now: Date,
): Promise<DashboardPanel[]> {
  const [campaigns, downloads, suppression] = await Promise.all([
    campaignPanels(() => hub.campaigns.list()),
    kitDownloadsPanel(hub.kits, now),
    suppressionPanel(() => hub.suppression.figures()),
  ]);
  return [...campaigns, downloads, suppression];
}
