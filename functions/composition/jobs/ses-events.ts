import { systemClock } from '../../shared/clock.js';
import type { CampaignFeedback } from '../../campaigns/campaign-feedback.js';
import { createAwsClients } from '../adapters.js';
import { buildCampaignFeedback } from '../feedback-services.js';
import { AUTO_PAUSE, DYNAMODB, SES, type PartOf } from './config-groups.js';

export const SES_EVENTS_CONFIG = [...DYNAMODB, ...SES, ...AUTO_PAUSE] as const;

/** SES feedback: the table, and SES for the staff notice of an automatic pause; no signing key, no queue. */
export function sesEventsJob(config: PartOf<typeof SES_EVENTS_CONFIG>): CampaignFeedback {
  return buildCampaignFeedback(config, createAwsClients(config), systemClock);
}
