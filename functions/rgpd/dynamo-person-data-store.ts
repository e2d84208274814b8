import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Certificate } from '../certificates/certificate.js';
import { erasedCertificate } from '../certificates/certificate-rules.js';
import type { SurveyInvitation } from '../surveys/survey.js';
import type { Subscriber } from '../newsletter/subscriber.js';
import type { ReminderKind } from '../registrations/notifier.js';
import type { Registration } from '../registrations/registration.js';
import { keys } from '../store/keys.js';
import {
  batchDeleteAll,
  batchGetAll,
  getItem,
  queryAll,
  stripKeys,
  transactWrite,
  writeUnlessRefused,
  type Key,
} from '../store/table.js';
import { TABLE_KEYS } from '../contract/table.js';
import { UnavailableError } from '../shared/errors.js';
import type {
  AccessAuditRecord,
  CampaignSend,
  KitDownloadRecord,
  KitFollow,
  PersonRecords,
  StoredPersonRecords,
  PersonRegistration,
  ReplayViewRecord,
  SignInRecord,
} from './person-data.js';
import type { PersonDataStore } from './person-data-store.js';
import type { AttendanceSignature } from '../attendance/slot.js';

type Item = Record<string, unknown>;

const REMINDER_KINDS: ReminderKind[] = ['day-before', 'hour-before'];
const ERASED_AUTHOR = 'adresse effacée';

/** The per-recipient items of a campaign: its send marker, and the open and click markers of tracking. */
const campaignKeys = (campaignId: string, email: string) => [
  keys.sendMarker(campaignId, email),
  keys.engagementMarker(campaignId, 'open', email),
  keys.engagementMarker(campaignId, 'click', email),
];

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const keyOf = (item: Item) => ({ pk: String(item.pk), sk: String(item.sk) });

/**
 * Reads and removes one address's items, following the layout documented in store/keys.ts: by index
 * where the address is indexed (registrations, sent markers, sign-in records), by key where the key is
 * the address, and per campaign or kit for the few kinds keyed under them (there are tens, not thousands).
 */
export class DynamoPersonDataStore implements PersonDataStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async find(email: string): Promise<StoredPersonRecords> {
    const [
      subscriber,
      registrations,
      campaigns,
      suppression,
      membership,
      signIns,
      kits,
      accessAudit,
      attendanceSignatures,
      replayViews,
    ] = await Promise.all([
      getItem(this.client, this.tableName, keys.subscriber(email)),
      this.registrations(email),
      this.campaignRecords(email),
      getItem(this.client, this.tableName, keys.suppression(email)),
      this.membership(email),
      this.signIns(email),
      this.kitRecords(email),
      this.accessAudit(email),
      this.bySigner(email),
      this.replayViews(email),
    ]);
    return {
      email,
      ...(subscriber ? { subscriber: stripKeys<Subscriber>(subscriber) } : {}),
      registrations,
      ...(await this.trainingRecords(registrations)),
      ...campaigns,
      ...(suppression
        ? {
            suppression: {
              reason: text(suppression.reason),
              suppressedAt: text(suppression.suppressedAt),
              ...(suppression.softBounces !== undefined
                ? { softBounces: Number(suppression.softBounces) }
                : {}),
              lastSoftBounceAt: text(suppression.lastSoftBounceAt),
            },
          }
        : {}),
      ...(membership ? { membership } : {}),
      signIns,
      ...kits,
      accessAudit,
      attendanceSignatures: attendanceSignatures.map((item) => stripKeys<AttendanceSignature>(item)),
      replayViews,
    };
  }

  async deleteAttendanceSignatures(email: string): Promise<void> {
    await batchDeleteAll(this.client, this.tableName, (await this.bySigner(email)).map(keyOf));
  }

  private bySigner(email: string): Promise<Item[]> {
    return queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.signerIndex(email) },
    });
  }

  async deleteRegistration(registration: Registration, options: { onlyIfCancelled: boolean }): Promise<void> {
    const { eventId, id } = registration;
    const reminders = REMINDER_KINDS.map((kind) => ({
      Delete: { TableName: this.tableName, Key: keys.reminder(eventId, kind, id) },
    }));
    const waitlistEntry =
      registration.status === 'waitlisted' && registration.waitlistPosition !== undefined
        ? [
            {
              Delete: {
                TableName: this.tableName,
                Key: keys.waitlistEntry(eventId, registration.waitlistPosition),
                ConditionExpression: 'attribute_not_exists(pk) OR registrationId = :id',
                ExpressionAttributeValues: { ':id': id },
              },
            },
          ]
        : [];
    const deleteRegistration = {
      Delete: {
        TableName: this.tableName,
        Key: keys.registration(eventId, id),
        ...(options.onlyIfCancelled
          ? {
              ConditionExpression: 'attribute_not_exists(pk) OR #status = :cancelled',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':cancelled': 'cancelled' },
            }
          : {}),
      },
    };
    // The claim goes too unless it now belongs to a newer registration of the same address (handled on its own).
    const claim = {
      Delete: {
        TableName: this.tableName,
        Key: keys.emailClaim(eventId, registration.email),
        ConditionExpression: 'attribute_not_exists(pk) OR registrationId = :id',
        ExpressionAttributeValues: { ':id': id },
      },
    };
    const withClaim = await transactWrite(this.client, {
      TransactItems: [deleteRegistration, claim, ...waitlistEntry, ...reminders],
    });
    if (withClaim.ok) return;
    if (withClaim.reasons[0] === 'ConditionalCheckFailed') throw new UnavailableError();
    const withoutClaim = await transactWrite(this.client, {
      TransactItems: [deleteRegistration, ...waitlistEntry, ...reminders],
    });
    if (!withoutClaim.ok) throw new UnavailableError();
  }

  async deleteSubscriber(email: string): Promise<void> {
    await this.delete(keys.subscriber(email));
  }

  async deleteCampaignSends(email: string, campaignIds: string[]): Promise<void> {
    for (const campaignId of campaignIds)
      for (const key of campaignKeys(campaignId, email)) await this.delete(key);
  }

  async deleteMembership(email: string, organisationId: string): Promise<void> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        { Delete: { TableName: this.tableName, Key: keys.membership(email) } },
        { Delete: { TableName: this.tableName, Key: keys.member(organisationId, email) } },
      ],
    });
    if (!outcome.ok) throw new UnavailableError();
  }

  async deleteSignIns(records: SignInRecord[]): Promise<void> {
    for (const record of records) await this.delete(record.key);
  }

  async anonymiseKitDownloads(records: KitDownloadRecord[]): Promise<void> {
    for (const record of records) {
      await writeUnlessRefused(
        this.client,
        new UpdateCommand({
          TableName: this.tableName,
          Key: record.key,
          UpdateExpression: 'REMOVE email',
          ConditionExpression: 'attribute_exists(pk)',
        }),
      );
    }
  }

  async anonymiseReplayViews(records: ReplayViewRecord[]): Promise<void> {
    for (const record of records)
      await writeUnlessRefused(
        this.client,
        new UpdateCommand({
          TableName: this.tableName,
          Key: record.key,
          UpdateExpression: 'REMOVE email, registrationId, gsi1pk, gsi1sk',
          ConditionExpression: 'attribute_exists(pk)',
        }),
      );
  }

  async deleteKitFollows(email: string, kitIds: string[]): Promise<void> {
    for (const kitId of kitIds) await this.delete(keys.kitFollower(kitId, email));
  }

  async forgetCampaignAuthor(email: string, campaignIds: string[]): Promise<void> {
    for (const campaignId of campaignIds) {
      await writeUnlessRefused(
        this.client,
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.campaign(campaignId),
          UpdateExpression: 'SET createdBy = :erased',
          ConditionExpression: 'createdBy = :email',
          ExpressionAttributeValues: { ':erased': ERASED_AUTHOR, ':email': email },
        }),
      );
    }
  }

  async anonymiseAccessAudit(email: string, records: AccessAuditRecord[]): Promise<void> {
    for (const record of records) {
      // Each field only while it still holds this address: a retried pass, or the other role, is left alone.
      if (record.asMember) await this.forgetInAuditRow(record.key, 'email', email, 'REMOVE #name');
      if (record.asStaff) await this.forgetInAuditRow(record.key, 'by', email);
    }
  }

  private async forgetInAuditRow(key: Key, field: string, email: string, also = ''): Promise<void> {
    await writeUnlessRefused(
      this.client,
      new UpdateCommand({
        TableName: this.tableName,
        Key: key,
        UpdateExpression: `SET #field = :erased ${also}`.trim(),
        ConditionExpression: '#field = :email',
        ExpressionAttributeNames: { '#field': field, ...(also ? { '#name': 'name' } : {}) },
        ExpressionAttributeValues: { ':erased': ERASED_AUTHOR, ':email': email },
      }),
    );
  }

  async forgetSoftBounces(email: string): Promise<void> {
    await writeUnlessRefused(
      this.client,
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.suppression(email),
        ConditionExpression: 'attribute_not_exists(#reason)',
        ExpressionAttributeNames: { '#reason': 'reason' },
      }),
    );
  }

  /** Certificates and survey invitations are keyed by registration: read from the registrations found. */
  private async trainingRecords(
    registrations: PersonRegistration[],
  ): Promise<Pick<PersonRecords, 'certificates' | 'surveys'>> {
    const ids = registrations.map(({ registration }) => registration);
    const [claims, surveys] = await Promise.all([
      batchGetAll(
        this.client,
        this.tableName,
        ids.map(({ eventId, id }) => keys.certificateClaim(eventId, id)),
      ),
      batchGetAll(
        this.client,
        this.tableName,
        ids.map(({ eventId, id }) => keys.surveyInvitation(eventId, id)),
      ),
    ]);
    const certificates = await batchGetAll(
      this.client,
      this.tableName,
      claims.map((claim) => keys.certificate(String(claim.number))),
    );
    return {
      certificates: certificates.map((item) => stripKeys<Certificate>(item)),
      surveys: surveys.map((item) => stripKeys<SurveyInvitation>(item)),
    };
  }

  async eraseCertificates(certificates: Certificate[], at: string): Promise<void> {
    for (const certificate of certificates)
      await writeUnlessRefused(
        this.client,
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.certificate(certificate.number), ...erasedCertificate(certificate, at) },
          ConditionExpression: 'attribute_exists(pk)',
        }),
      );
  }

  async deleteSurveyInvitations(invitations: SurveyInvitation[]): Promise<void> {
    for (const invitation of invitations)
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.surveyInvitation(invitation.eventId, invitation.registrationId),
        }),
      );
  }

  private async registrations(email: string): Promise<PersonRegistration[]> {
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': `EMAIL#${email}` },
    });
    const registrations = items.map((item) => stripKeys<Registration>(item));
    const events = new Map<string, Item | undefined>();
    for (const eventId of new Set(registrations.map((registration) => registration.eventId))) {
      events.set(eventId, await getItem(this.client, this.tableName, keys.event(eventId)));
    }
    return registrations.map((registration) => {
      const event = events.get(registration.eventId);
      return {
        registration,
        ...(event
          ? {
              event: {
                title: String(event.title),
                startsAt: String(event.startsAt),
                endsAt: String(event.endsAt),
                status: String(event.status),
              },
            }
          : {}),
      };
    });
  }

  /**
   * Sent markers are indexed by address; skipped and in-flight ones, and open and click markers, are
   * not, so every campaign's markers for the address are read too (batched, a hundred keys per read).
   */
  private async campaignRecords(
    email: string,
  ): Promise<Pick<PersonRecords, 'campaignSends' | 'campaignsAuthored'>> {
    const [mailed, campaigns] = await Promise.all([
      queryAll(this.client, this.tableName, {
        IndexName: TABLE_KEYS.gsi1.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.mailedIndex(email) },
      }),
      queryAll(this.client, this.tableName, {
        IndexName: TABLE_KEYS.gsi1.name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.campaignsIndex },
        ProjectionExpression: 'id, subject, createdBy',
      }),
    ]);
    const subjects = new Map(campaigns.map((campaign) => [String(campaign.id), text(campaign.subject)]));
    const markers = await batchGetAll(
      this.client,
      this.tableName,
      campaigns.flatMap((campaign) => campaignKeys(String(campaign.id), email)),
    );
    const sends = new Map<string, CampaignSend>();
    const sendOf = (campaignId: string) => {
      const send = sends.get(campaignId) ?? {
        campaignId,
        subject: subjects.get(campaignId),
        state: 'unknown',
      };
      sends.set(campaignId, send);
      return send;
    };
    for (const marker of [...mailed, ...markers]) {
      const send = sendOf(String(marker.pk).slice(keys.campaign('').pk.length));
      const sk = String(marker.sk);
      if (sk.startsWith(keys.sendMarkerPrefix)) {
        send.state = String(marker.state);
        send.sentAt = text(marker.sentAt) ?? text(marker.at);
      } else if (sk.startsWith('OPENED#')) send.openedAt = text(marker.at);
      else send.clickedAt = text(marker.at);
    }
    return {
      campaignSends: [...sends.values()],
      campaignsAuthored: campaigns
        .filter((campaign) => campaign.createdBy === email)
        .map((campaign) => String(campaign.id)),
    };
  }

  private async membership(email: string): Promise<PersonRecords['membership']> {
    const claim = await getItem(this.client, this.tableName, keys.membership(email));
    if (!claim) return undefined;
    const organisationId = String(claim.organisationId);
    const organisation = await getItem(this.client, this.tableName, keys.organisation(organisationId));
    return {
      organisationId,
      organisationName: text(organisation?.name),
      name: String(claim.name),
      invitedAt: String(claim.invitedAt),
    };
  }

  private async replayViews(email: string): Promise<ReplayViewRecord[]> {
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.replayViewerIndex(email) },
    });
    return items.map((item) => ({
      key: keyOf(item),
      eventId: String(item.eventId),
      kind: String(item.kind),
      at: text(item.at),
    }));
  }

  private async signIns(email: string): Promise<SignInRecord[]> {
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.signInIndex(email) },
    });
    return items.map((item) => ({
      kind: String(item.pk).startsWith('SESSION#') ? 'session' : 'magic-link',
      key: keyOf(item),
      role: text(item.role),
      createdAt: text(item.createdAt),
      expiresAt: text(item.expiresAt),
    }));
  }

  private async kitRecords(email: string): Promise<Pick<PersonRecords, 'kitDownloads' | 'kitFollows'>> {
    const kits = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.kitsIndex },
      ProjectionExpression: 'id',
    });
    const kitDownloads: KitDownloadRecord[] = [];
    const kitFollows: KitFollow[] = [];
    for (const kit of kits) {
      const kitId = String(kit.id);
      const [follower, downloads] = await Promise.all([
        getItem(this.client, this.tableName, keys.kitFollower(kitId, email)),
        queryAll(this.client, this.tableName, {
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          FilterExpression: 'email = :email',
          ExpressionAttributeValues: {
            ':pk': keys.kit(kitId).pk,
            ':prefix': keys.kitDownloadPrefix,
            ':email': email,
          },
        }),
      ]);
      if (follower)
        kitFollows.push({
          kitId,
          lastVersion: Number(follower.lastVersion ?? 0),
          optedOut: follower.optedOut === true,
        });
      for (const download of downloads)
        kitDownloads.push({
          kitId,
          key: keyOf(download),
          version: Number(download.version),
          assetName: text(download.assetName),
          at: text(download.at),
        });
    }
    return { kitDownloads, kitFollows };
  }

  /**
   * The audit rows of withdrawn memberships and revoked share links that name the address, read per organisation
   * and per kit (tens of them, and few rows each).
   */
  private async accessAudit(email: string): Promise<AccessAuditRecord[]> {
    const [organisations, kits] = await Promise.all(
      [keys.organisationsIndex, keys.kitsIndex].map((index) =>
        queryAll(this.client, this.tableName, {
          IndexName: TABLE_KEYS.gsi1.name,
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': index },
          ProjectionExpression: 'id',
        }),
      ),
    );
    const partitions = [
      ...organisations!.map((organisation) => keys.organisation(String(organisation.id)).pk),
      ...kits!.map((kit) => keys.kit(String(kit.id)).pk),
    ];
    const rows = await Promise.all(
      partitions.map((pk) =>
        queryAll(this.client, this.tableName, {
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          FilterExpression: 'email = :email OR #by = :email',
          ExpressionAttributeNames: { '#by': 'by' },
          ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.auditPrefix, ':email': email },
        }),
      ),
    );
    return rows.flat().map((row) => ({
      key: keyOf(row),
      action: row.linkId === undefined ? 'member-withdrawn' : 'share-link-revoked',
      asMember: row.email === email,
      asStaff: row.by === email,
      at: text(row.at),
    }));
  }

  private async delete(key: { pk: string; sk: string }): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: key }));
  }
}
