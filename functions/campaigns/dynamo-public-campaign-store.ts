import {
  GetCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { writeReturningUnlessRefused } from '../store/conditional-write.js';
import { keys } from '../store/keys.js';
import { TABLE_KEYS } from '../contract/table.js';
import { transactWrite } from '../store/transact.js';
import type { Campaign, CampaignStats } from './campaign.js';
import type { ArchivedCampaign, EngagementKind, PublicCampaignStore } from './campaign-store.js';

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk'];

export function toCampaign(item: Record<string, unknown>): Campaign {
  const campaign = { ...item };
  for (const key of KEY_ATTRIBUTES) delete campaign[key];
  return campaign as unknown as Campaign;
}

/**
 * The campaign operations the public function runs (tracking, archive, unsubscription counts), apart from
 * the staff and worker ones (DynamoCampaignStore adds them) so its bundle carries only these.
 */
export class DynamoPublicCampaignStore implements PublicCampaignStore {
  constructor(
    protected readonly dynamo: DynamoDBDocumentClient,
    protected readonly tableName: string,
  ) {}

  async get(id: string): Promise<Campaign | undefined> {
    const { Item } = await this.dynamo.send(
      new GetCommand({ TableName: this.tableName, Key: keys.campaign(id), ConsistentRead: true }),
    );
    return Item ? toCampaign(Item) : undefined;
  }

  async links(id: string): Promise<string[] | undefined> {
    const { Item } = await this.dynamo.send(
      new GetCommand({ TableName: this.tableName, Key: keys.campaign(id), ProjectionExpression: 'links' }),
    );
    return Item?.links as string[] | undefined;
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
      for (const item of page.Items ?? []) {
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
    return this.update(id, {
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: `ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
  }

  async countPerson(campaignId: string, kind: EngagementKind, email: string, now: Date): Promise<boolean> {
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
      ],
    });
    return outcome.ok;
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

  protected async update(
    id: string,
    input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>,
  ): Promise<Campaign | undefined> {
    const updated = await writeReturningUnlessRefused(
      this.dynamo,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.campaign(id),
        ReturnValues: 'ALL_NEW',
        ...input,
      }),
    );
    return updated?.attributes ? toCampaign(updated.attributes) : undefined;
  }
}
