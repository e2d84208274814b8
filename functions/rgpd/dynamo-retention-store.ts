import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SUBSCRIBER_STATUSES } from '../newsletter/subscriber.js';
import { keys } from '../store/keys.js';
import { batchDeleteAll, queryAll, ttlFrom, writeUnlessRefused, type Key } from '../store/table.js';
import { TABLE_KEYS } from '../contract/table.js';
import type { RetentionStore } from './retention-store.js';

type Item = Record<string, unknown>;

const EVENT_PERSONAL_PREFIXES = [
  keys.registrationPrefix,
  'REGEMAIL#',
  keys.waitlistPrefix,
  'REMINDER#',
  keys.replayViewPrefix,
];
const EVENT_ATTENDANCE_PREFIXES = [
  keys.signaturePrefix,
  keys.slotClosingPrefix,
  keys.trainerPrefix,
  keys.attendanceSlotPrefix,
  keys.surveyInvitationPrefix,
];
const FINISHED_CAMPAIGN = ['sent', 'cancelled'];

/**
 * Every listing here is a Query on an index or under one partition (subscribers by status, events and
 * campaigns by date, each event's or campaign's own rows): no Scan, so the daily run reads what it
 * deletes plus the index pages it filters.
 */
export class DynamoRetentionStore implements RetentionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async staleSubscribers(cutoff: Date): Promise<string[]> {
    const emails: string[] = [];
    for (const status of SUBSCRIBER_STATUSES) {
      const items = await queryAll(this.client, this.tableName, {
        IndexName: TABLE_KEYS.gsi1.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        FilterExpression: 'lastInteractionAt < :cutoff',
        ExpressionAttributeValues: { ':pk': keys.subscribersIndex(status), ':cutoff': cutoff.toISOString() },
        ProjectionExpression: 'email',
      });
      emails.push(...items.map((item) => String(item.email)));
    }
    return emails;
  }

  async eraseStaleSubscriber(email: string, cutoff: Date): Promise<boolean> {
    const deleted = await this.deleteIf(keys.subscriber(email), {
      ConditionExpression: 'lastInteractionAt < :cutoff',
      ExpressionAttributeValues: { ':cutoff': cutoff.toISOString() },
    });
    if (!deleted) return false;
    const markers = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.mailedIndex(email) },
      ProjectionExpression: 'pk, sk',
    });
    const campaignIds = markers.map((marker) => String(marker.pk).slice(keys.campaign('').pk.length));
    await this.batchDelete([
      ...markers.map(keyOf),
      ...campaignIds.flatMap((id) => [
        keys.engagementMarker(id, 'open', email),
        keys.engagementMarker(id, 'click', email),
      ]),
    ]);
    return true;
  }

  async expiredRequests(now: Date): Promise<string[]> {
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      FilterExpression: '#ttl <= :now',
      ExpressionAttributeNames: { '#ttl': TABLE_KEYS.ttlAttribute },
      ExpressionAttributeValues: { ':pk': keys.subscribersIndex('pending'), ':now': ttlFrom(now) },
      ProjectionExpression: 'email',
    });
    return items.map((item) => String(item.email));
  }

  deleteExpiredRequest(email: string, now: Date): Promise<boolean> {
    return this.deleteIf(keys.subscriber(email), {
      ConditionExpression: '#status = :pending AND #ttl <= :now',
      ExpressionAttributeNames: { '#status': 'status', '#ttl': TABLE_KEYS.ttlAttribute },
      ExpressionAttributeValues: { ':pending': 'pending', ':now': ttlFrom(now) },
    });
  }

  async eventsEndedBefore(cutoff: Date): Promise<string[]> {
    // Indexed by start; an event that ended before the cutoff started before it too.
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :cutoff',
      ExpressionAttributeValues: { ':pk': keys.eventsIndex, ':cutoff': cutoff.toISOString() },
      ProjectionExpression: 'id, endsAt',
    });
    return items
      .filter((item) => Date.parse(String(item.endsAt)) < cutoff.getTime())
      .map((item) => String(item.id));
  }

  purgeEventRegistrations(eventId: string): Promise<number> {
    return this.purgeEventItems(eventId, EVENT_PERSONAL_PREFIXES, keys.registrationPrefix);
  }

  async purgeEventAttendance(eventId: string): Promise<number> {
    await this.forgetCertificateHolders(eventId);
    return this.purgeEventItems(eventId, EVENT_ATTENDANCE_PREFIXES, keys.signaturePrefix);
  }

  /**
   * A certificate outlives its retention without its holder: its number still verifies what was attended, and
   * no longer says by whom (the PDF in the trainee's hands does).
   */
  private async forgetCertificateHolders(eventId: string): Promise<void> {
    const claims = await queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeNames: { '#number': 'number' },
      ExpressionAttributeValues: { ':pk': keys.event(eventId).pk, ':prefix': keys.certificateClaimPrefix },
      ProjectionExpression: '#number',
    });
    for (const claim of claims)
      await writeUnlessRefused(
        this.client,
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.certificate(String(claim.number)),
          UpdateExpression: 'SET email = :none, firstName = :none, lastName = :none REMOVE organisation',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':none': '' },
        }),
      );
  }

  /** Deletes the event's items under these prefixes; returns how many there were under `counted`. */
  private async purgeEventItems(eventId: string, prefixes: string[], counted: string): Promise<number> {
    let count = 0;
    for (const prefix of prefixes) {
      const items = await this.underPrefix(keys.event(eventId).pk, prefix);
      if (prefix === counted) count = items.length;
      await this.batchDelete(items.map(keyOf));
    }
    return count;
  }

  async campaignsFinishedBefore(cutoff: Date): Promise<string[]> {
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk < :cutoff',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pk': keys.campaignsIndex, ':cutoff': cutoff.toISOString() },
      ProjectionExpression: 'id, #status, sentAt, updatedAt',
    });
    return items
      .filter(
        (item) =>
          FINISHED_CAMPAIGN.includes(String(item.status)) &&
          Date.parse(String(item.sentAt ?? item.updatedAt)) < cutoff.getTime(),
      )
      .map((item) => String(item.id));
  }

  async purgeSendMarkers(campaignId: string): Promise<number> {
    const pk = keys.campaign(campaignId).pk;
    const sends = await this.underPrefix(pk, keys.sendMarkerPrefix);
    const engagements = [
      ...(await this.underPrefix(pk, keys.engagementMarker(campaignId, 'open', '').sk)),
      ...(await this.underPrefix(pk, keys.engagementMarker(campaignId, 'click', '').sk)),
    ];
    await this.batchDelete([...sends, ...engagements].map(keyOf));
    return sends.length;
  }

  async anonymiseKitDownloadsBefore(cutoff: Date): Promise<number> {
    const kits = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.kitsIndex },
      ProjectionExpression: 'id',
    });
    let anonymised = 0;
    for (const kit of kits) {
      const downloads = await queryAll(this.client, this.tableName, {
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        FilterExpression: 'attribute_exists(email)',
        ExpressionAttributeValues: {
          ':pk': keys.kit(String(kit.id)).pk,
          ':from': keys.kitDownloadPrefix,
          ':to': `${keys.kitDownloadPrefix}${cutoff.toISOString()}`,
        },
        ProjectionExpression: 'pk, sk',
      });
      for (const download of downloads) {
        await this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keyOf(download),
            UpdateExpression: 'REMOVE email',
          }),
        );
        anonymised++;
      }
    }
    return anonymised;
  }

  private underPrefix(pk: string, prefix: string): Promise<Item[]> {
    return queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
      ProjectionExpression: 'pk, sk',
    });
  }

  private async deleteIf(
    key: Key,
    condition: Pick<
      ConstructorParameters<typeof DeleteCommand>[0],
      'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
    >,
  ): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new DeleteCommand({ TableName: this.tableName, Key: key, ...condition }),
    );
  }

  private batchDelete(keysToDelete: Key[]): Promise<void> {
    return batchDeleteAll(this.client, this.tableName, keysToDelete);
  }
}

function keyOf(item: Item): Key {
  return { pk: String(item.pk), sk: String(item.sk) };
}
