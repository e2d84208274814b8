import { DynamoReplayAdminStore } from '../../replays/dynamo-replay-admin-store.js';
import { DynamoReplayStore } from '../../replays/dynamo-replay-store.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock, type Clock } from '../../shared/clock.js';
import { createDynamoClient } from '../../store/dynamo-client.js';
import { DynamoRegistrationStore } from '../../registrations/dynamo-registration-store.js';
import { DynamoRegistrationAdminStore } from '../../registrations/dynamo-registration-admin-store.js';
import { DynamoEventStore } from '../../events/dynamo-event-store.js';
import { DynamoSubscriberStore } from '../../newsletter/dynamo-subscriber-store.js';
import { DynamoSubscriberAdminStore } from '../../newsletter/dynamo-subscriber-admin-store.js';
import { DynamoSuppressionList } from '../../suppression/dynamo-suppression-list.js';
import { DynamoCampaignStore } from '../../campaigns/dynamo-campaign-store.js';
import { DynamoCampaignAdminStore } from '../../campaigns/dynamo-campaign-admin-store.js';
import { CampaignFanout, type FanoutDeps } from '../../campaigns/campaign-fanout.js';
import { campaignQueue } from '../sqs-adapters.js';
import { DYNAMODB, type PartOf } from './config-groups.js';

export const CAMPAIGN_TICK_CONFIG = [...DYNAMODB, 'HUB_CAMPAIGN_QUEUE_URL', 'HUB_SES_MAX_RATE'] as const;

/** The stores the fan-out reads and writes, and the campaign queue it fills. */
export function fanoutDeps(
  config: PartOf<typeof CAMPAIGN_TICK_CONFIG>,
  dynamo: DynamoDBDocumentClient,
  clock: Clock,
): FanoutDeps & {
  campaigns: DynamoCampaignAdminStore;
  subscribers: DynamoSubscriberAdminStore;
  registrations: DynamoRegistrationAdminStore;
  suppression: DynamoSuppressionList;
} {
  const table = config.HUB_TABLE_NAME;
  const events = new DynamoEventStore(dynamo, table);
  const replays = new DynamoReplayAdminStore(new DynamoReplayStore(dynamo, table), dynamo, table);
  return {
    clock,
    queue: campaignQueue(config),
    subscribers: new DynamoSubscriberAdminStore(new DynamoSubscriberStore(dynamo, table), dynamo, table),
    campaigns: new DynamoCampaignAdminStore(new DynamoCampaignStore(dynamo, table), dynamo, table),
    registrations: new DynamoRegistrationAdminStore(
      new DynamoRegistrationStore(dynamo, table),
      dynamo,
      table,
    ),
    suppression: new DynamoSuppressionList(dynamo, table),
    eventEndsAt: async (id) => (await events.get(id))?.endsAt,
    replayViewers: (eventId) => replays.viewerEmails(eventId),
  };
}

/** The schedule tick: starts the scheduled campaigns whose time has come (their fan-out goes to the queue). */
export function campaignTickJob(config: PartOf<typeof CAMPAIGN_TICK_CONFIG>): () => Promise<string[]> {
  const fanout = new CampaignFanout(fanoutDeps(config, createDynamoClient(config), systemClock));
  return () => fanout.startDue(systemClock.now());
}
