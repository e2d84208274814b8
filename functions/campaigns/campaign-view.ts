import type { Campaign } from './campaign.js';

/** The staff JSON form of a campaign (without the compiled HTML). */
export function campaignView(campaign: Campaign) {
  const { audience, sent, delivered, bounced, complained, unsubscribed, skipped } = campaign.stats;
  const { opened = 0, clicked = 0, openedAnonymous = 0, clickedAnonymous = 0 } = campaign.stats;
  return {
    id: campaign.id,
    subject: campaign.subject,
    ...(campaign.preheader ? { preheader: campaign.preheader } : {}),
    ...(campaign.fromName ? { fromName: campaign.fromName } : {}),
    audience: campaign.audience,
    archive: campaign.archive !== false,
    mjml: campaign.mjml,
    ...(campaign.translations?.en ? { translations: campaign.translations } : {}),
    status: campaign.status,
    ...(campaign.scheduledAt ? { scheduledAt: campaign.scheduledAt } : {}),
    ...(campaign.startedAt ? { startedAt: campaign.startedAt } : {}),
    ...(campaign.sentAt ? { sentAt: campaign.sentAt } : {}),
    ...(campaign.pausedReason ? { pausedReason: campaign.pausedReason } : {}),
    excluded: skipped,
    stats: {
      audience,
      sent,
      delivered,
      bounced,
      complained,
      unsubscribed,
      opened,
      clicked,
      openedAnonymous,
      clickedAnonymous,
    },
    createdAt: campaign.createdAt,
  };
}
