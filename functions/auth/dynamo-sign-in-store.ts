import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, ttlFrom, writeReturningUnlessRefused } from '../store/table.js';
import type { MagicLinkRecord, SessionRecord, SignInStore } from './sign-in-store.js';
import type { Role } from './session.js';

/** Magic links and sessions in the hub's table; `ttl` lets DynamoDB purge them once expired. */
export class DynamoSignInStore implements SignInStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async saveMagicLink(link: MagicLinkRecord): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.magicLink(link.tokenHash),
          // Findable by address, so that an erasure (RGPD) also ends this person's links and sessions.
          gsi1pk: keys.signInIndex(link.email),
          gsi1sk: keys.magicLink(link.tokenHash).pk,
          email: link.email,
          expiresAt: link.expiresAt.toISOString(),
          ttl: ttlFrom(link.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async hasMagicLink(tokenHash: string, now: Date): Promise<boolean> {
    const item = await getItem(this.client, this.tableName, keys.magicLink(tokenHash), {
      projection: { expression: '#ttl', names: { '#ttl': 'ttl' } },
    });
    return typeof item?.ttl === 'number' && item.ttl > ttlFrom(now);
  }

  async consumeMagicLink(tokenHash: string, now: Date): Promise<string | undefined> {
    // TTL deletion is lazy (and absent in DynamoDB Local): the condition refuses expired links.
    const consumed = await writeReturningUnlessRefused(
      this.client,
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.magicLink(tokenHash),
        ConditionExpression: 'attribute_exists(pk) AND #ttl > :now',
        ExpressionAttributeNames: { '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':now': ttlFrom(now) },
        ReturnValues: 'ALL_OLD',
      }),
    );
    const email = consumed?.attributes?.email;
    return typeof email === 'string' ? email : undefined;
  }

  async saveSession(session: SessionRecord): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.session(session.idHash),
          gsi1pk: keys.signInIndex(session.email),
          gsi1sk: keys.session(session.idHash).pk,
          email: session.email,
          role: session.role,
          createdAt: session.createdAt.toISOString(),
          expiresAt: session.expiresAt.toISOString(),
          ttl: ttlFrom(session.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async findSession(idHash: string, now: Date): Promise<SessionRecord | undefined> {
    const item = await getItem(this.client, this.tableName, keys.session(idHash));
    if (!item || typeof item.ttl !== 'number' || item.ttl <= ttlFrom(now)) return undefined;
    return {
      idHash,
      email: String(item.email),
      role: item.role as Role,
      createdAt: new Date(String(item.createdAt)),
      expiresAt: new Date(String(item.expiresAt)),
    };
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.session(idHash) }));
  }
}
