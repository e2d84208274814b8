import { z } from 'zod';
import type { HubApp } from '../http/env.js';
import { parseOrThrow } from '../http/validation.js';
import { toSesRecord, type CampaignFeedback } from '../campaigns/campaign-feedback.js';
import type { CampaignStore } from '../campaigns/campaign-store.js';
import { normaliseEmail } from '../shared/email.js';

const bodySchema = z
  .object({
    type: z.enum(['Bounce', 'Complaint', 'Delivery']),
    email: z.email(),
    bounceType: z.enum(['Permanent', 'Transient', 'Undetermined']).optional(),
  })
  .strict();

export interface LocalSesEventsDeps {
  campaignStore: Pick<CampaignStore, 'lastCampaignMailedTo'>;
  campaignFeedback: CampaignFeedback;
}

/** Local hub only: simulates SES feedback, handled by the same code as the deployed event destination. */
export function registerLocalSesEvents(app: HubApp, deps: LocalSesEventsDeps): void {
  app.post('/_local/ses-events', async (c) => {
    const body = parseOrThrow(bodySchema, await c.req.json().catch(() => undefined));
    const lastCampaign = await deps.campaignStore.lastCampaignMailedTo(normaliseEmail(body.email));
    const { record, deliveredTo } = toSesRecord(body, lastCampaign);
    await deps.campaignFeedback.record(record, deliveredTo);
    return c.json({ recorded: body.type }, 202);
  });
}
