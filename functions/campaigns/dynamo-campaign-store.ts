import {
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import {
  batchGetAll,
  getItem,
  stripKeys,
  transactWrite,
  writeReturningUnlessRefused,
} from '../store/table.js';
import { TABLE_KEYS } from '../contract/table.js';
import type { Campaign, CampaignContent, CampaignStats } from './campaign.js';
import { isArchived } from './campaign-rules.js';
import type { ArchivedCampaign, EngagementKind, CampaignStore } from './campaign-store.js';

export const toCampaign = (item: Record<string, unknown>): Campaign => stripKeys<Campaign>(item);

/**
 * The campaign operations the public function runs (tracking, archive, unsubscription counts), apart from
 * the staff and worker ones (DynamoCampaignAdminStore runs them) so its bundle carries only these.
 */
export class DynamoCampaignStore implements CampaignStore {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<Campaign | undefined> {
    const item = await getItem(this.dynamo, this.tableName, keys.campaign(id));
    return item ? toCampaign(item) : undefined;
  }

  async links(id: string): Promise<string[] | undefined> {
    const item = await getItem(this.dynamo, this.tableName, keys.campaign(id), {
      consistentRead: false,
      projection: { expression: 'links' },
    });
    return item?.links as string[] | undefined;
  }

  async listSent(limit?: number): Promise<ArchivedCampaign[]> {
    const entries: ArchivedCampaign[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page: QueryCommandOutput = await this.dynamo.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.archivePartition },
          ScanIndexForward: false,
          ExclusiveStartKey: start,
          ...(limit ? { Limit: limit - entries.length } : {}),
        }),
      );
      for (const item of await this.stillPublic(page.Items ?? [])) {
        entries.push({
          id: String(item.campaignId),
          subject: String(item.subject),
          ...(item.preheader ? { preheader: String(item.preheader) } : {}),
          sentAt: String(item.sentAt),
        });
      }
      start = page.LastEvaluatedKey;
    } while (start && (!limit || entries.length < limit));
    return entries;
  }

  /**
   * Archive items written since only public campaigns are archived say `archivable`; an older one was
   * written for every sent campaign, so its campaign decides (read at each listing: older items are few).
   */
  private async stillPublic(items: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    const older = items.filter((item) => item.archivable !== true);
    if (!older.length) return items;
    const campaigns = await batchGetAll(
      this.dynamo,
      this.tableName,
      older.map((item) => keys.campaign(String(item.campaignId))),
      {
        consistentRead: false,
        projection: {
          expression: 'id, #audience, #archive',
          names: { '#audience': 'audience', '#archive': 'archive' },
        },
      },
    );
    const published = new Set(
      campaigns
        .filter((campaign) => isArchived(campaign as Pick<CampaignContent, 'audience' | 'archive'>))
        .map((campaign) => String(campaign.id)),
    );
    return items.filter((item) => item.archivable === true || published.has(String(item.campaignId)));
  }

  async addStats(id: string, deltas: Partial<CampaignStats>): Promise<Campaign | undefined> {
    const entries = Object.entries(deltas).filter(([, value]) => value);
    if (!entries.length) return this.get(id);
    const names: Record<string, string> = { '#stats': 'stats' };
    const values: Record<string, unknown> = {};
    const adds = entries.map(([key, value], index) => {
      names[`#s${index}`] = key;
      values[`:v${index}`] = value;
      return `#stats.#s${index} :v${index}`;
    });
    return updateCampaign(this.dynamo, this.tableName, id, {
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: `ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
  }

  async countPerson(
    campaignId: string,
    kind: EngagementKind,
    email: string,
    now: Date,
  ): ReturnType<CampaignStore['countPerson']> {
    const outcome = await transactWrite(this.dynamo, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.engagementMarker(campaignId, kind, email), at: now.toISOString() },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: keys.campaign(campaignId),
            ConditionExpression: 'attribute_exists(pk)',
            UpdateExpression: 'ADD #stats.#counter :one',
            ExpressionAttributeNames: {
              '#stats': 'stats',
              '#counter': kind === 'open' ? 'opened' : 'clicked',
            },
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
        {
          // acceptsTracking (newsletter-rules.ts), as a condition: an erased person has no record at all.
          ConditionCheck: {
            TableName: this.tableName,
            Key: keys.subscriber(email),
            ConditionExpression: 'tracking = :true',
            ExpressionAttributeValues: { ':true': true },
          },
        },
      ],
    });
    if (outcome.ok) return 'counted';
    return outcome.reasons[2] === 'ConditionalCheckFailed' ? 'no-consent' : 'unchanged';
  }

  async lastCampaignMailedTo(email: string): Promise<string | undefined> {
    const { Items } = await this.dynamo.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE_KEYS.gsi1.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.mailedIndex(email) },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    const item = Items?.[0];
    return item ? String(item.campaignId) : undefined;
  }
}

/** Updates the campaign unless the input's condition refuses: the campaign as written, or undefined. */
export async function updateCampaign(
  client: DynamoDBDocumentClient,
  tableName: string,
  id: string,
  input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>,
): Promise<Campaign | undefined> {
  const updated = await writeReturningUnlessRefused(
    client,
    new UpdateCommand({ TableName: tableName, Key: keys.campaign(id), ReturnValues: 'ALL_NEW', ...input }),
  );
  return updated?.attributes ? toCampaign(updated.attributes) : undefined;
}
