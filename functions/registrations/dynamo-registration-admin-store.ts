import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { batchGetAll, queryAll, transactWrite, writeReturningUnlessRefused } from '../store/table.js';
import { UnavailableError } from '../shared/errors.js';
import type { RegistrantMail, ReminderKind } from './notifier.js';
import type { Registration } from './registration.js';
import { capacityDecision } from './registration-rules.js';
import type {
  CancelOutcome,
  CheckInOutcome,
  LiveRegistrationReader,
  NewRegistration,
  PromoteOutcome,
  RegisterOutcome,
  RegistrationAdminStore,
  RegistrationStore,
  ReminderClaim,
  ReminderLedger,
} from './registration-store.js';
import {
  assertOnlyConditionsFailed,
  deleteWaitlistEntryItem,
  mailWrites,
  MAX_RACES,
  promotedFrom,
  promoteItem,
  readCounters,
  readFirstWaitlistEntry,
  toRegistration,
  transactOnEvent,
  updateCountersItem,
  type OutboxItems,
} from './dynamo-registration-items.js';

/**
 * What staff, the reminders and the campaigns do with registrations, beside the public operations, which
 * it leaves to the public store it is given.
 */
export class DynamoRegistrationAdminStore
  implements RegistrationAdminStore, ReminderLedger, LiveRegistrationReader
{
  constructor(
    private readonly registrations: RegistrationStore,
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly outbox?: OutboxItems,
  ) {}

  get(eventId: string, registrationId: string): Promise<Registration | undefined> {
    return this.registrations.get(eventId, registrationId);
  }

  register(
    input: NewRegistration,
    now: Date,
    mails?: (registration: Registration) => RegistrantMail[],
  ): Promise<RegisterOutcome> {
    return this.registrations.register(input, now, mails);
  }

  registerForReplay(
    input: NewRegistration,
    now: Date,
    mails?: (registration: Registration) => RegistrantMail[],
  ): Promise<RegisterOutcome> {
    return this.registrations.registerForReplay(input, now, mails);
  }

  cancel(
    eventId: string,
    registrationId: string,
    now: Date,
    mails?: (cancelled: Registration, promoted: Registration | undefined) => RegistrantMail[],
  ): Promise<CancelOutcome> {
    return this.registrations.cancel(eventId, registrationId, now, mails);
  }

  waitlistRank(registration: Registration): Promise<number | undefined> {
    return this.registrations.waitlistRank(registration);
  }

  async listByEvent(eventId: string): Promise<Registration[]> {
    const items = await queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.event(eventId).pk, ':prefix': keys.registrationPrefix },
    });
    return items
      .map(toRegistration)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async liveRegistrations(eventId: string, emails: string[]): Promise<Map<string, Registration>> {
    // An address's e-mail claim exists exactly while it holds a live registration, and names it: the
    // claims first, then the registrations they name (a re-registration after a cancellation counts).
    const claims = await batchGetAll(
      this.client,
      this.tableName,
      emails.map((email) => keys.emailClaim(eventId, email)),
    );
    const items = await batchGetAll(
      this.client,
      this.tableName,
      claims.map((claim) => keys.registration(eventId, String(claim.registrationId))),
    );
    const live = items.map(toRegistration).filter((registration) => registration.status !== 'cancelled');
    return new Map(live.map((registration) => [registration.email, registration]));
  }

  async checkIn(eventId: string, registrationId: string, now: Date): Promise<CheckInOutcome> {
    const checkedIn = await writeReturningUnlessRefused(
      this.client,
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.registration(eventId, registrationId),
        UpdateExpression: 'SET checkedInAt = :now, updatedAt = :now',
        ConditionExpression: '#status = :confirmed AND attribute_not_exists(checkedInAt)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':now': now.toISOString(), ':confirmed': 'confirmed' },
        ReturnValues: 'ALL_NEW',
      }),
    );
    if (checkedIn) return { kind: 'checked-in', registration: toRegistration(checkedIn.attributes ?? {}) };
    const registration = await this.get(eventId, registrationId);
    if (!registration) return { kind: 'not-found' };
    if (registration.status === 'confirmed') return { kind: 'checked-in', registration };
    return { kind: 'not-confirmed', registration };
  }

  async promoteWaitlisted(
    eventId: string,
    now: Date,
    mails: (promoted: Registration) => RegistrantMail[] = () => [],
  ): Promise<{ promoted: Registration[]; mailsToQueue: RegistrantMail[] }> {
    const promoted: Registration[] = [];
    const mailsToQueue: RegistrantMail[] = [];
    for (let race = 0; race < MAX_RACES;) {
      const counters = await readCounters(this.client, this.tableName, eventId);
      if (!counters || counters.status !== 'published' || capacityDecision(counters) !== 'seat') break;
      const first = await readFirstWaitlistEntry(this.client, this.tableName, eventId);
      if (!first) break;
      const waiting = await this.get(eventId, first.registrationId);
      const registration = waiting && promotedFrom(waiting, now);
      const written = mailWrites(this.outbox, registration ? mails(registration) : []);
      const outcome = await transactOnEvent(this.client, eventId, [
        deleteWaitlistEntryItem(this.tableName, eventId, first.position),
        promoteItem(this.tableName, eventId, first.registrationId, now),
        updateCountersItem(
          this.tableName,
          eventId,
          'confirmedCount = confirmedCount + :one, waitlistedCount = waitlistedCount - :one',
          'attribute_not_exists(#capacity) OR confirmedCount < #capacity',
        ),
        ...written.items,
      ]);
      if (!outcome.ok) {
        assertOnlyConditionsFailed(outcome);
        race++;
        continue;
      }
      if (registration) promoted.push(registration);
      mailsToQueue.push(...written.mailsToQueue);
    }
    return { promoted, mailsToQueue };
  }

  async promoteOne(
    eventId: string,
    registrationId: string,
    now: Date,
    mails: (promoted: Registration) => RegistrantMail[] = () => [],
  ): Promise<PromoteOutcome> {
    for (let race = 0; race < MAX_RACES; race++) {
      const current = await this.get(eventId, registrationId);
      if (!current) return { kind: 'not-found' };
      if (current.status !== 'waitlisted') return { kind: 'not-waitlisted', registration: current };
      const counters = await readCounters(this.client, this.tableName, eventId);
      if (!counters || counters.status !== 'published') return { kind: 'closed' };
      const seatAdded = capacityDecision(counters) !== 'seat';
      const registration = promotedFrom(current, now);
      const written = mailWrites(this.outbox, mails(registration));
      const outcome = await transactOnEvent(this.client, eventId, [
        deleteWaitlistEntryItem(this.tableName, eventId, current.waitlistPosition ?? 0),
        promoteItem(this.tableName, eventId, registrationId, now),
        {
          Update: {
            TableName: this.tableName,
            Key: keys.event(eventId),
            UpdateExpression: `SET confirmedCount = confirmedCount + :one, waitlistedCount = waitlistedCount - :one${
              seatAdded ? ', #capacity = #capacity + :one, updatedAt = :now' : ''
            }`,
            // The branch was chosen on what we read: still full (or still a seat free), still published.
            ConditionExpression: seatAdded
              ? '#status = :published AND confirmedCount >= #capacity'
              : '#status = :published AND (attribute_not_exists(#capacity) OR confirmedCount < #capacity)',
            ExpressionAttributeNames: { '#status': 'status', '#capacity': 'capacity' },
            ExpressionAttributeValues: {
              ':one': 1,
              ':published': 'published',
              ...(seatAdded ? { ':now': now.toISOString() } : {}),
            },
          },
        },
        ...written.items,
      ]);
      if (!outcome.ok) {
        assertOnlyConditionsFailed(outcome);
        continue;
      }
      return { kind: 'promoted', registration, seatAdded, mailsToQueue: written.mailsToQueue };
    }
    throw new UnavailableError();
  }

  async claimReminder(
    eventId: string,
    kind: ReminderKind,
    registrationId: string,
    now: Date,
    mails: RegistrantMail[],
  ): Promise<ReminderClaim> {
    // The marker and the reminder's outbox item in one transaction: a run that dies after the claim has
    // queued the mail too, and one that dies before has claimed nothing, so the next run sends it.
    const written = mailWrites(this.outbox, mails);
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...keys.reminder(eventId, kind, registrationId),
              type: 'reminder',
              claimedAt: now.toISOString(),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...written.items,
      ],
    });
    if (outcome.ok) return { claimed: true, mailsToQueue: written.mailsToQueue };
    assertOnlyConditionsFailed(outcome);
    return { claimed: false };
  }

  async releaseReminder(eventId: string, kind: ReminderKind, registrationId: string): Promise<void> {
    await this.client.send(
      new DeleteCommand({ TableName: this.tableName, Key: keys.reminder(eventId, kind, registrationId) }),
    );
  }
}
