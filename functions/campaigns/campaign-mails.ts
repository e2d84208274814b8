import type { Mailer } from '../mail/mailer.js';
import { renderTemplate } from '../mail/render.js';
import { singleLine } from '../mail/links.js';

/** Tells staff that a campaign paused itself, and why. */
export class CampaignStaffMails {
  constructor(
    private readonly mailer: Mailer,
    private readonly options: { staffEmails: string[]; baseUrl: string },
  ) {}

  async paused(campaign: { id: string; subject: string }, reason: string): Promise<void> {
    const subject = singleLine(`Campagne en pause : ${campaign.subject}`);
    await this.mailer.send({
      to: this.options.staffEmails,
      subject,
      ...renderTemplate('campaign-paused', {
        subject,
        preview: `Pause automatique : ${reason}`,
        reason: 'Vous recevez ce message parce que vous faites partie de l’équipe du hub.',
        campaignSubject: campaign.subject,
        pauseReason: reason,
        campaignUrl: `${this.options.baseUrl}/admin/campagnes/${encodeURIComponent(campaign.id)}`,
      }),
    });
  }
}
