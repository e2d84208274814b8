import type { CampaignService } from '../../campaigns/campaign-service.js';
import type { KitService } from '../../kits/kit-service.js';
import type { SuppressionFigures } from '../../suppression/suppression-list.js';
import type { DashboardPanel } from '../dashboard-page.js';
import { campaignPanels } from './campaign-panels.js';
import { kitDownloadsPanel } from './kit-downloads-panel.js';
import { suppressionPanel } from './suppression-panel.js';

/** What the dashboard reads of the other capabilities. */
export interface DashboardPanelsDeps {
  campaigns: Pick<CampaignService, 'list'>;
  kits: Pick<KitService, 'downloadCounts'>;
  suppression: { figures(): Promise<SuppressionFigures> };
}

/** The dashboard's panels from the other capabilities, loaded side by side; each one fails on its own. */
export async function dashboardPanels(deps: DashboardPanelsDeps, now: Date): Promise<DashboardPanel[]> {
  const [campaigns, downloads, suppression] = await Promise.all([
    campaignPanels(() => deps.campaigns.list()),
    kitDownloadsPanel(deps.kits, now),
    suppressionPanel(() => deps.suppression.figures()),
  ]);
  return [...campaigns, downloads, suppression];
}
