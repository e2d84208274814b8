import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, queryAll, transactWrite, writeUnlessRefused } from '../store/table.js';
import { TABLE_KEYS } from '../contract/table.js';
import type { Campaign, CampaignContent, CampaignStats, CampaignStatus } from './campaign.js';
import { toCampaign, updateCampaign } from './dynamo-campaign-store.js';
import { isArchived } from './campaign-rules.js';
import type {
  ArchivedCampaign,
  CampaignAdminStore,
  CampaignStore,
  ClaimOutcome,
  DeliveryOutcome,
  EngagementKind,
  TransitionChange,
} from './campaign-store.js';

/**
 * Composing, sending and the RGPD and SES bookkeeping of campaigns; the public operations are the public
 * store's.
 */
export class DynamoCampaignAdminStore implements CampaignAdminStore {
  constructor(
    private readonly campaigns: CampaignStore,
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  get(id: string): Promise<Campaign | undefined> {
    return this.campaigns.get(id);
  }

  links(id: string): Promise<string[] | undefined> {
    return this.campaigns.links(id);
  }

  listSent(limit?: number): Promise<ArchivedCampaign[]> {
    return this.campaigns.listSent(limit);
  }

  addStats(id: string, deltas: Partial<CampaignStats>): Promise<Campaign | undefined> {
    return this.campaigns.addStats(id, deltas);
  }

  countPerson(
    campaignId: string,
    kind: EngagementKind,
    email: string,
    now: Date,
  ): ReturnType<CampaignStore['countPerson']> {
    return this.campaigns.countPerson(campaignId, kind, email, now);
  }

  lastCampaignMailedTo(email: string): Promise<string | undefined> {
    return this.campaigns.lastCampaignMailedTo(email);
  }

  async create(campaign: Campaign): Promise<void> {
    await this.dynamo.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.campaign(campaign.id),
          gsi1pk: keys.campaignsIndex,
          gsi1sk: `${new Date(campaign.createdAt).toISOString()}#${campaign.id}`,
          ...campaign,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async list(): Promise<Campaign[]> {
    const items = await queryAll(this.dynamo, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.campaignsIndex },
      ScanIndexForward: false,
    });
    return items.map(toCampaign);
  }

  async updateContent(
    id: string,
    content: CampaignContent & { html: string; text: string; links: string[]; english: Campaign['english'] },
    now: Date,
  ): Promise<Campaign | undefined> {
    const english = content.translations?.en && content.english;
    return updateCampaign(this.dynamo, this.tableName, id, {
      ConditionExpression: '#status = :draft',
      UpdateExpression:
        'SET subject = :subject, preheader = :preheader, fromName = :fromName, audience = :audience, ' +
        '#archive = :archive, mjml = :mjml, html = :html, #text = :text, links = :links, updatedAt = :now' +
        (english ? ', translations = :translations, english = :english' : ' REMOVE translations, english'),
      ExpressionAttributeNames: { '#status': 'status', '#text': 'text', '#archive': 'archive' },
      ExpressionAttributeValues: {
        ...(english ? { ':translations': content.translations, ':english': english } : {}),
        ':draft': 'draft',
        ':subject': content.subject,
        ':preheader': content.preheader ?? null,
        ':fromName': content.fromName ?? null,
        ':audience': content.audience,
        ':archive': content.archive !== false,
        ':mjml': content.mjml,
        ':html': content.html,
        ':text': content.text,
        ':links': content.links,
        ':now': now.toISOString(),
      },
    });
  }

  async transition(
    id: string,
    from: CampaignStatus[],
    to: CampaignStatus,
    change: TransitionChange,
    now: Date,
  ): Promise<Campaign | undefined> {
    const sets = ['#status = :to', 'updatedAt = :now'];
    const removes: string[] = [];
    const values: Record<string, unknown> = { ':to': to, ':now': now.toISOString() };
    from.forEach((status, index) => (values[`:from${index}`] = status));
    for (const field of ['scheduledAt', 'startedAt', 'sentAt', 'pausedReason', 'baseline'] as const) {
      const value = change[field];
      if (value === null) removes.push(field);
      else if (value !== undefined) {
        sets.push(`${field} = :${field}`);
        values[`:${field}`] = value;
      }
    }
    if (change.newRound) {
      sets.push('#round = #round + :one', 'pendingMessages = :zero');
      values[':one'] = 1;
      values[':zero'] = 0;
    }
    const input = {
      ConditionExpression: `#status IN (${from.map((_, index) => `:from${index}`).join(', ')})`,
      UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
      ExpressionAttributeNames: { '#status': 'status', ...(change.newRound ? { '#round': 'round' } : {}) },
      ExpressionAttributeValues: values,
    };
    if (to === 'sent') return this.updateAndArchive(id, change.sentAt ?? now.toISOString(), input);
    return updateCampaign(this.dynamo, this.tableName, id, input);
  }

  async recordFanout(id: string, round: number, audience: number, messages: number): Promise<void> {
    await updateCampaign(this.dynamo, this.tableName, id, {
      ConditionExpression: '#round = :round',
      UpdateExpression: 'SET pendingMessages = pendingMessages + :messages, #stats.audience = :audience',
      ExpressionAttributeNames: { '#round': 'round', '#stats': 'stats' },
      ExpressionAttributeValues: { ':round': round, ':messages': messages, ':audience': audience },
    });
  }

  async messageDone(id: string, round: number, page: string, now: Date): Promise<void> {
    // The page marker and the count go together: a page redelivered after it was processed (a lost
    // acknowledgement, a second consumer) must not count down again and end the round before its pages.
    const counted = await transactWrite(this.dynamo, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.campaignPageDone(id, page), round, at: now.toISOString() },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: keys.campaign(id),
            ConditionExpression: '#round = :round AND pendingMessages > :zero',
            UpdateExpression: 'SET pendingMessages = pendingMessages - :one',
            ExpressionAttributeNames: { '#round': 'round' },
            ExpressionAttributeValues: { ':round': round, ':zero': 0, ':one': 1 },
          },
        },
      ],
    });
    if (!counted.ok) return;
    const updated = await this.get(id);
    if (updated && updated.pendingMessages === 0 && updated.status === 'sending') {
      await this.updateAndArchive(id, now.toISOString(), {
        ConditionExpression: '#status = :sending AND #round = :round AND pendingMessages = :zero',
        UpdateExpression: 'SET #status = :sent, sentAt = :now, updatedAt = :now',
        ExpressionAttributeNames: { '#status': 'status', '#round': 'round' },
        ExpressionAttributeValues: {
          ':sending': 'sending',
          ':sent': 'sent',
          ':round': round,
          ':zero': 0,
          ':now': now.toISOString(),
        },
      });
    }
  }

  async countOutcome(
    campaignId: string,
    outcome: DeliveryOutcome,
    email: string,
    now: Date,
  ): Promise<boolean> {
    // The send marker carries the flag: erasure and retention already delete it with the address.
    const result = await transactWrite(this.dynamo, {
      TransactItems: [
        {
          Update: {
            TableName: this.tableName,
            Key: keys.sendMarker(campaignId, email),
            ConditionExpression:
              'attribute_exists(pk) AND #state <> :skipped AND attribute_not_exists(#outcome)',
            UpdateExpression: 'SET #outcome = :at',
            ExpressionAttributeNames: { '#state': 'state', '#outcome': `${outcome}At` },
            ExpressionAttributeValues: { ':skipped': 'skipped', ':at': now.toISOString() },
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: keys.campaign(campaignId),
            ConditionExpression: 'attribute_exists(pk)',
            UpdateExpression: 'ADD #stats.#counter :one',
            ExpressionAttributeNames: { '#stats': 'stats', '#counter': outcome },
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      ],
    });
    return result.ok;
  }

  async claimSend(campaignId: string, email: string, now: Date, leaseMs: number): Promise<ClaimOutcome> {
    const claimed = await writeUnlessRefused(
      this.dynamo,
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.sendMarker(campaignId, email), state: 'sending', claimedAt: now.getTime() },
        // A claim older than the lease belongs to a worker that died: the send is taken over, unless SES
        // reported an outcome of it (the mail left, but its completion was never written).
        ConditionExpression:
          'attribute_not_exists(pk) OR (#state = :sending AND claimedAt < :stale AND ' +
          'attribute_not_exists(deliveredAt) AND attribute_not_exists(bouncedAt) AND attribute_not_exists(complainedAt))',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sending': 'sending', ':stale': now.getTime() - leaseMs },
      }),
    );
    if (claimed) return 'claimed';
    const marker = await getItem(this.dynamo, this.tableName, keys.sendMarker(campaignId, email));
    const reported = marker?.deliveredAt ?? marker?.bouncedAt ?? marker?.complainedAt;
    return marker?.state === 'sending' && !reported ? 'in-flight' : 'done';
  }

  async completeSend(campaignId: string, email: string, messageId: string, now: Date): Promise<void> {
    const sentAt = now.toISOString();
    await this.dynamo.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.sendMarker(campaignId, email),
        UpdateExpression:
          'SET #state = :sent, messageId = :messageId, sentAt = :sentAt, email = :email, campaignId = :campaignId, ' +
          'gsi1pk = :gsi1pk, gsi1sk = :gsi1sk REMOVE claimedAt',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':sent': 'sent',
          ':messageId': messageId,
          ':sentAt': sentAt,
          ':email': email,
          ':campaignId': campaignId,
          ':gsi1pk': keys.mailedIndex(email),
          ':gsi1sk': `${sentAt}#${campaignId}`,
        },
      }),
    );
  }

  async releaseSend(campaignId: string, email: string): Promise<void> {
    await writeUnlessRefused(
      this.dynamo,
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.sendMarker(campaignId, email),
        ConditionExpression: '#state = :sending',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sending': 'sending' },
      }),
    );
  }

  async skipSend(campaignId: string, email: string, reason: string, now: Date): Promise<boolean> {
    return writeUnlessRefused(
      this.dynamo,
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.sendMarker(campaignId, email), state: 'skipped', reason, at: now.toISOString() },
        ConditionExpression: 'attribute_not_exists(pk) OR (#state = :sending)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sending': 'sending' },
      }),
    );
  }

  async markersFor(email: string): Promise<{ campaignId: string; state: string; sentAt?: string }[]> {
    const items = await queryAll(this.dynamo, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.mailedIndex(email) },
    });
    return items.map((item) => ({
      campaignId: String(item.campaignId),
      state: String(item.state),
      sentAt: item.sentAt ? String(item.sentAt) : undefined,
    }));
  }

  async deleteMarker(campaignId: string, email: string): Promise<void> {
    const markers = [
      keys.sendMarker(campaignId, email),
      keys.engagementMarker(campaignId, 'open', email),
      keys.engagementMarker(campaignId, 'click', email),
    ];
    await Promise.all(
      markers.map((key) => this.dynamo.send(new DeleteCommand({ TableName: this.tableName, Key: key }))),
    );
  }

  /**
   * The move to `sent` and, for a public campaign, the archive item in one transaction: the public archive
   * never misses a sent campaign nor lists one that is not. `input` must set `sentAt` to `sentAt`.
   */
  private async updateAndArchive(
    id: string,
    sentAt: string,
    input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName' | 'Key'>,
  ): Promise<Campaign | undefined> {
    const campaign = await this.get(id);
    if (!campaign) return undefined;
    if (!isArchived(campaign)) return updateCampaign(this.dynamo, this.tableName, id, input);
    const outcome = await transactWrite(this.dynamo, {
      TransactItems: [
        {
          Update: {
            TableName: this.tableName,
            Key: keys.campaign(id),
            UpdateExpression: input.UpdateExpression!,
            ConditionExpression: input.ConditionExpression,
            ExpressionAttributeNames: input.ExpressionAttributeNames,
            ExpressionAttributeValues: input.ExpressionAttributeValues,
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...keys.archivedCampaign(sentAt, id),
              campaignId: id,
              subject: campaign.subject,
              ...(campaign.preheader ? { preheader: campaign.preheader } : {}),
              sentAt,
              archivable: true,
            },
          },
        },
      ],
    });
    return outcome.ok ? this.get(id) : undefined;
  }
}
