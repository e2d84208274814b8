import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, queryAll, stripKeys, transactWrite, writeUnlessRefused, type Key } from '../store/table.js';
import { TABLE_KEYS } from '../contract/table.js';
import type { Kit, KitAsset, KitDownload, KitVersion } from './kit.js';
import {
  DraftExistsError,
  KitSlugTakenError,
  VersionNotDraftError,
  type KitDownloadCount,
  type KitFollower,
  type KitStore,
} from './kit-store.js';

type Item = Record<string, unknown>;

export class DynamoKitStore implements KitStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createKit(kit: Kit): Promise<void> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.kitSlug(kit.slug), kitId: kit.id },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...kit, ...keys.kit(kit.id), gsi1pk: keys.kitsIndex, gsi1sk: kit.id },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    if (outcome.ok) return;
    if (outcome.reasons[0] === 'ConditionalCheckFailed') throw new KitSlugTakenError(kit.slug);
    throw new Error(`kit not created: ${outcome.reasons.join(',')}`);
  }

  async getKit(id: string): Promise<Kit | undefined> {
    return this.get<Kit>(keys.kit(id));
  }

  async getKitBySlug(slug: string): Promise<Kit | undefined> {
    const claim = await this.get<{ kitId: string }>(keys.kitSlug(slug));
    return claim ? this.getKit(claim.kitId) : undefined;
  }

  async listKits(): Promise<Kit[]> {
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.kitsIndex },
    });
    return items.map((item) => stripKeys<Kit>(item));
  }

  async createVersion(version: KitVersion, copiedAssets: KitAsset[]): Promise<void> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Update: {
            TableName: this.tableName,
            Key: keys.kit(version.kitId),
            UpdateExpression: 'SET latestVersion = :n, draftVersion = :n',
            ConditionExpression: 'latestVersion = :previous AND attribute_not_exists(draftVersion)',
            ExpressionAttributeValues: { ':n': version.version, ':previous': version.version - 1 },
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...version, ...keys.kitVersion(version.kitId, version.version) },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...copiedAssets.map((asset) => ({
          Put: {
            TableName: this.tableName,
            Item: { ...asset, ...keys.kitAsset(asset.kitId, asset.version, asset.id) },
          },
        })),
      ],
    });
    if (!outcome.ok) throw new DraftExistsError();
  }

  async getVersion(kitId: string, version: number): Promise<KitVersion | undefined> {
    return this.get<KitVersion>(keys.kitVersion(kitId, version));
  }

  async listVersions(kitId: string): Promise<KitVersion[]> {
    return (await this.queryPrefix(kitId, keys.kitVersionPrefix)).map((item) => stripKeys<KitVersion>(item));
  }

  async addAsset(asset: KitAsset): Promise<void> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        this.draftCheck(asset.kitId, asset.version),
        {
          Put: {
            TableName: this.tableName,
            Item: { ...asset, ...keys.kitAsset(asset.kitId, asset.version, asset.id) },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    if (!outcome.ok) throw new VersionNotDraftError();
  }

  async getAsset(kitId: string, version: number, assetId: string): Promise<KitAsset | undefined> {
    return this.get<KitAsset>(keys.kitAsset(kitId, version, assetId));
  }

  async listAssets(kitId: string, version: number): Promise<KitAsset[]> {
    const items = await this.queryPrefix(kitId, keys.kitAssetPrefix(version));
    return items
      .map((item) => stripKeys<KitAsset>(item))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async confirmAsset(asset: KitAsset): Promise<boolean> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        this.draftCheck(asset.kitId, asset.version),
        {
          Put: {
            TableName: this.tableName,
            Item: { ...asset, ...keys.kitAsset(asset.kitId, asset.version, asset.id) },
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':pending': 'pending' },
          },
        },
      ],
    });
    return outcome.ok;
  }

  async removeAsset(kitId: string, version: number, assetId: string): Promise<boolean> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        this.draftCheck(kitId, version),
        {
          Delete: {
            TableName: this.tableName,
            Key: keys.kitAsset(kitId, version, assetId),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
      ],
    });
    return outcome.ok;
  }

  async publish(
    kit: Kit,
    version: KitVersion,
    zip: { key: string; size: number },
    publishedAt: string,
  ): Promise<boolean> {
    const previous = kit.currentVersion;
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Update: {
            TableName: this.tableName,
            Key: keys.kitVersion(kit.id, version.version),
            UpdateExpression:
              'SET #status = :published, publishedAt = :at, zipKey = :zipKey, zipSize = :zipSize',
            ConditionExpression: '#status = :draft',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':published': 'published',
              ':draft': 'draft',
              ':at': publishedAt,
              ':zipKey': zip.key,
              ':zipSize': zip.size,
            },
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: keys.kit(kit.id),
            UpdateExpression: 'SET currentVersion = :n REMOVE draftVersion',
            ConditionExpression:
              previous === undefined
                ? 'attribute_not_exists(currentVersion) AND draftVersion = :n'
                : 'currentVersion = :previous AND draftVersion = :n',
            ExpressionAttributeValues: {
              ':n': version.version,
              ...(previous === undefined ? {} : { ':previous': previous }),
            },
          },
        },
        ...(previous === undefined
          ? []
          : [
              {
                Update: {
                  TableName: this.tableName,
                  Key: keys.kitVersion(kit.id, previous),
                  UpdateExpression: 'SET #status = :superseded',
                  ExpressionAttributeNames: { '#status': 'status' },
                  ExpressionAttributeValues: { ':superseded': 'superseded' },
                },
              },
            ]),
      ],
    });
    return outcome.ok;
  }

  async recordDownload(download: KitDownload): Promise<void> {
    const follow = download.via === 'partner' && download.email;
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...download,
              ...keys.kitDownload(download.kitId, download.at, download.id),
              gsi1pk: keys.kitDownloadsIndex,
              gsi1sk: `${download.at}#${download.id}`,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...(follow
          ? [
              {
                Update: {
                  TableName: this.tableName,
                  Key: keys.kitFollower(download.kitId, download.email!),
                  UpdateExpression:
                    'SET email = :email, organisationId = :org, lastVersion = if_not_exists(lastVersion, :zero), optedOut = if_not_exists(optedOut, :no)',
                  ExpressionAttributeValues: {
                    ':email': download.email,
                    ':org': download.organisationId ?? '',
                    ':zero': 0,
                    ':no': false,
                  },
                },
              },
            ]
          : []),
      ],
    });
    if (!outcome.ok) throw new Error(`download not recorded: ${outcome.reasons.join(',')}`);
    if (follow) await this.raiseLastVersion(download.kitId, download.email!, download.version);
  }

  async listDownloads(kitId: string): Promise<KitDownload[]> {
    return (await this.queryPrefix(kitId, keys.kitDownloadPrefix)).map((item) =>
      stripKeys<KitDownload>(item),
    );
  }

  async countDownloadsBetween(from: string, to: string): Promise<KitDownloadCount[]> {
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      // `#` sorts before every character of an id: the bounds take whole instants, `to` excluded.
      ExpressionAttributeValues: { ':pk': keys.kitDownloadsIndex, ':from': `${from}#`, ':to': `${to}#` },
      ProjectionExpression: 'kitId, assetId',
    });
    const counts = new Map<string, KitDownloadCount>();
    for (const item of items) {
      const kitId = String(item.kitId);
      const count = counts.get(kitId) ?? { kitId, files: 0, zips: 0 };
      if (item.assetId) count.files++;
      else count.zips++;
      counts.set(kitId, count);
    }
    return [...counts.values()];
  }

  async listFollowers(kitId: string): Promise<KitFollower[]> {
    return (await this.queryPrefix(kitId, keys.kitFollowerPrefix)).map((item) => ({
      email: String(item.email),
      ...(item.organisationId ? { organisationId: String(item.organisationId) } : {}),
      lastVersion: Number(item.lastVersion ?? 0),
      optedOut: item.optedOut === true,
    }));
  }

  async optOut(kitId: string, email: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.kitFollower(kitId, email),
        UpdateExpression: 'SET optedOut = :yes, email = :email',
        ExpressionAttributeValues: { ':yes': true, ':email': email },
      }),
    );
  }

  /** Keeps the highest version a member downloaded (a late download of an old link never lowers it). */
  private async raiseLastVersion(kitId: string, email: string, version: number): Promise<void> {
    await writeUnlessRefused(
      this.client,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.kitFollower(kitId, email),
        UpdateExpression: 'SET lastVersion = :v',
        ConditionExpression: 'lastVersion < :v',
        ExpressionAttributeValues: { ':v': version },
      }),
    );
  }

  private draftCheck(kitId: string, version: number) {
    return {
      ConditionCheck: {
        TableName: this.tableName,
        Key: keys.kitVersion(kitId, version),
        ConditionExpression: '#status = :draft',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':draft': 'draft' },
      },
    };
  }

  private async get<T>(key: Key): Promise<T | undefined> {
    const item = await getItem(this.client, this.tableName, key);
    return item ? stripKeys<T>(item) : undefined;
  }

  private queryPrefix(kitId: string, prefix: string): Promise<Item[]> {
    return queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.kit(kitId).pk, ':prefix': prefix },
      ConsistentRead: true,
    });
  }
}
