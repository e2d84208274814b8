import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, queryAll, stripKeys, transactWrite, ttlFrom } from '../store/table.js';
import type { ShareLink, ShareLinkRevocation } from './kit.js';
import type { ShareLinkStore } from './share-link-store.js';

/** Share links and their revocations, in the kit's partition; an expired link goes by its `ttl`. */
export class DynamoShareLinkStore implements ShareLinkStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async saveShareLink(link: ShareLink): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.kitShareLink(link.kitId, link.id), ...link, ttl: ttlFrom(new Date(link.expiresAt)) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async findShareLink(kitId: string, linkId: string): Promise<ShareLink | undefined> {
    const item = await getItem(this.client, this.tableName, keys.kitShareLink(kitId, linkId));
    return item ? stripKeys<ShareLink>(item, 'ttl') : undefined;
  }

  async listShareLinks(kitId: string): Promise<ShareLink[]> {
    const items = await queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.kit(kitId).pk, ':prefix': keys.kitShareLinkPrefix },
      ConsistentRead: true,
    });
    return items.map((item) => stripKeys<ShareLink>(item, 'ttl'));
  }

  async revokeShareLink(revocation: ShareLinkRevocation): Promise<boolean> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Delete: {
            TableName: this.tableName,
            Key: keys.kitShareLink(revocation.kitId, revocation.linkId),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...keys.auditEntry(keys.kit(revocation.kitId), revocation.at, revocation.id),
              ...revocation,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    if (outcome.ok) return true;
    if (outcome.reasons[0] === 'ConditionalCheckFailed') return false;
    throw new Error(`share link not revoked: ${outcome.reasons.join(',')}`);
  }

  async listRevocations(kitId: string): Promise<ShareLinkRevocation[]> {
    const items = await queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.kit(kitId).pk, ':prefix': keys.auditPrefix },
      ScanIndexForward: false,
    });
    return items.map((item) => stripKeys<ShareLinkRevocation>(item));
  }
}
