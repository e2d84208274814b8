import { frenchDateTime } from '../../shared/paris-dates.js';
import type { Campaign, CampaignStats } from '../campaign.js';
import { WHO_LABELS } from './campaign-labels.js';

/** Recipients the workers have dealt with: mailed, or dropped at send time (unsubscribed, suppressed). */
export function processed(stats: Pick<CampaignStats, 'sent' | 'skipped'>): number {
  return stats.sent + stats.skipped;
}

/** "12 / 40 (30 %)": the words of the progress bar. A sent campaign is at 100 %, even to nobody. */
export function progressText(campaign: Pick<Campaign, 'status' | 'stats'>): string {
  const { audience } = campaign.stats;
  const done = processed(campaign.stats);
  const percent =
    campaign.status === 'sent' ? 100 : audience > 0 ? Math.min(100, Math.floor((done / audience) * 100)) : 0;
  return `${done} / ${audience} destinataire${audience > 1 ? 's' : ''} traité${done > 1 ? 's' : ''} (${percent}\u00a0%)`;
}

/** Who the campaign goes to, in words. */
export function audienceText(
  audience: Campaign['audience'],
  topicNames: ReadonlyMap<string, string>,
  eventTitles: ReadonlyMap<string, string>,
): string {
  if (audience.event)
    return `${WHO_LABELS[audience.event.who]} de « ${eventTitles.get(audience.event.id) ?? audience.event.id} »`;
  const names = (audience.topics ?? []).map((slug) => topicNames.get(slug) ?? slug);
  return `Abonnés ${names.length > 1 ? 'des thèmes' : 'du thème'} ${names.join(', ')}`;
}

/** The moment that best dates a campaign in a list, in Paris time. */
export function campaignDate(campaign: Campaign): string {
  if (campaign.sentAt) return `Envoyée le ${frenchDateTime(campaign.sentAt)}`;
  if (campaign.startedAt) return `Partie le ${frenchDateTime(campaign.startedAt)}`;
  if (campaign.scheduledAt) return `Programmée pour le ${frenchDateTime(campaign.scheduledAt)}`;
  return `Créée le ${frenchDateTime(campaign.createdAt)}`;
}
