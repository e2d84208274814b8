import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, transactWrite, type TransactOutcome } from '../store/table.js';
import { newId } from '../shared/ids.js';
import { UnavailableError } from '../shared/errors.js';
import type { Registration, RegistrationStatus } from './registration.js';
import type { RegistrantMail } from './notifier.js';
import { capacityDecision } from './registration-rules.js';
import type {
  CancelOutcome,
  NewRegistration,
  RegisterOutcome,
  RegistrationStore,
} from './registration-store.js';
import {
  assertOnlyConditionsFailed,
  deleteWaitlistEntryItem,
  mailWrites,
  MAX_RACES,
  onEventQueue,
  promotedFrom,
  promoteItem,
  readCounters,
  readFirstWaitlistEntry,
  readRegistration,
  transactOnEvent,
  updateCountersItem,
  type OutboxItems,
  type TransactItems,
} from './dynamo-registration-items.js';

type MailsOf = (registration: Registration) => RegistrantMail[];
const NO_MAILS = () => [];

/**
 * Registrations in the single table, as the public reaches them (register, cancel, read one, waitlist
 * rank); DynamoRegistrationAdminStore does what staff and the jobs do. The event
 * item's counters are the source of truth for seats: every change of status moves the registration, its
 * e-mail claim, its waitlist entry and the counters in one TransactWriteItems, so capacity holds and
 * nobody is promoted twice. Given the table's outbox, the same transaction writes the mails of the change: a
 * registration is never stored without its confirmation queued, nor a mail queued for a change that failed.
 */
export class DynamoRegistrationStore implements RegistrationStore {
  /**
   * What this process last saw of each event's counters. Only a guess, checked by the transactions'
   * conditions: when the event was full, newcomers go straight to the waitlist; the next position is
   * the last one seen plus one, refused (and re-read) if another process handed it out meanwhile.
   */
  private readonly lastSeen = new Map<string, { full: boolean; waitlistSeq: number }>();
  /** Events last seen full with no waitlist: each attempt checks again before any transaction. */
  private readonly knownFull = new Set<string>();

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly outbox?: OutboxItems,
  ) {}

  async get(eventId: string, registrationId: string): Promise<Registration | undefined> {
    return readRegistration(this.client, this.tableName, eventId, registrationId);
  }

  async register(input: NewRegistration, now: Date, mails: MailsOf = NO_MAILS): Promise<RegisterOutcome> {
    if (this.knownFull.has(input.eventId)) {
      const refusal = await this.refusalWhileFull(input);
      if (refusal) return refusal;
    }
    for (let race = 0; race < MAX_RACES; race++) {
      const registration = this.newRegistration(input, now);
      const outcome = this.lastSeen.get(input.eventId)?.full
        ? await this.joinWaitlist(registration, mails)
        : await this.takeSeat(registration, mails);
      if (outcome.ok)
        return { kind: 'created', registration: outcome.registration, mailsToQueue: outcome.mailsToQueue };
      if (outcome.reason === 'duplicate') {
        const existing = await this.findByEmail(input.eventId, input.email);
        if (existing) return { kind: 'duplicate', registration: existing };
        continue; // the claim was released by a cancellation meanwhile: try again
      }
      const counters = await readCounters(this.client, this.tableName, input.eventId);
      if (!counters || counters.status !== 'published') return { kind: 'closed' };
      const decision = capacityDecision(counters);
      if (decision === 'full') {
        this.knownFull.add(input.eventId);
        return { kind: 'full' };
      }
      this.lastSeen.set(input.eventId, { full: decision === 'waitlist', waitlistSeq: counters.waitlistSeq });
    }
    throw new UnavailableError();
  }

  async registerForReplay(
    input: NewRegistration,
    now: Date,
    mails: MailsOf = NO_MAILS,
  ): Promise<RegisterOutcome> {
    for (let race = 0; race < MAX_RACES; race++) {
      const registration: Registration = { ...this.newRegistration(input, now), status: 'replay' };
      const written = mailWrites(this.outbox, mails(registration));
      const outcome = await transactWrite(this.client, {
        TransactItems: [
          this.putClaim(registration),
          this.putRegistration(registration),
          {
            ConditionCheck: {
              TableName: this.tableName,
              Key: keys.event(registration.eventId),
              ConditionExpression: '#status IN (:published, :completed) AND replayRegistration = :true',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':published': 'published',
                ':completed': 'completed',
                ':true': true,
              },
            },
          },
          ...written.items,
        ],
      });
      const attempt = attemptFrom(outcome, registration, written.mailsToQueue);
      if (attempt.ok)
        return { kind: 'created', registration: attempt.registration, mailsToQueue: attempt.mailsToQueue };
      if (attempt.reason === 'event') return { kind: 'closed' };
      const existing = await this.findByEmail(input.eventId, input.email);
      if (existing) return { kind: 'duplicate', registration: existing };
    }
    throw new UnavailableError();
  }

  /**
   * Once an event without waitlist is full, most attempts are refusals: two plain reads (is this a
   * duplicate? still full?) answer them without queueing a doomed transaction behind the others.
   */
  private async refusalWhileFull(input: NewRegistration): Promise<RegisterOutcome | undefined> {
    const [existing, counters] = await Promise.all([
      this.findByEmail(input.eventId, input.email),
      readCounters(this.client, this.tableName, input.eventId),
    ]);
    if (existing) return { kind: 'duplicate', registration: existing };
    if (counters?.status === 'published' && capacityDecision(counters) === 'full') return { kind: 'full' };
    this.knownFull.delete(input.eventId);
    return undefined;
  }

  async cancel(
    eventId: string,
    registrationId: string,
    now: Date,
    mails: (cancelled: Registration, promoted: Registration | undefined) => RegistrantMail[] = NO_MAILS,
  ): Promise<CancelOutcome> {
    this.lastSeen.delete(eventId);
    for (let race = 0; race < MAX_RACES; race++) {
      const current = await this.get(eventId, registrationId);
      if (!current) return { kind: 'not-found' };
      if (current.status === 'cancelled') return { kind: 'already-cancelled', registration: current };
      const cancelled: Registration = {
        ...current,
        status: 'cancelled',
        cancelledAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      const items: TransactItems = [
        this.setStatus(cancelled, current.status, { cancelledAt: cancelled.cancelledAt }),
        // Releasing the claim lets the same person register again later with a fresh registration.
        {
          Delete: {
            TableName: this.tableName,
            Key: keys.emailClaim(eventId, current.email),
            ConditionExpression: 'attribute_not_exists(pk) OR registrationId = :id',
            ExpressionAttributeValues: { ':id': registrationId },
          },
        },
      ];
      let promoted: Registration | undefined;
      if (current.status === 'waitlisted') {
        items.push(deleteWaitlistEntryItem(this.tableName, eventId, current.waitlistPosition ?? 0));
        items.push(updateCountersItem(this.tableName, eventId, 'waitlistedCount = waitlistedCount - :one'));
      } else {
        const first = await readFirstWaitlistEntry(this.client, this.tableName, eventId);
        if (first) {
          const waiting = await this.get(eventId, first.registrationId);
          promoted = waiting && promotedFrom(waiting, now);
          items.push(deleteWaitlistEntryItem(this.tableName, eventId, first.position));
          items.push(promoteItem(this.tableName, eventId, first.registrationId, now));
          items.push(updateCountersItem(this.tableName, eventId, 'waitlistedCount = waitlistedCount - :one'));
        } else {
          // Nobody waited when we looked: the condition makes sure nobody joined since.
          items.push(
            updateCountersItem(
              this.tableName,
              eventId,
              'confirmedCount = confirmedCount - :one',
              'attribute_not_exists(waitlistedCount) OR waitlistedCount = :zero',
            ),
          );
        }
      }
      const written = mailWrites(this.outbox, mails(cancelled, promoted));
      const outcome = await transactOnEvent(this.client, eventId, [...items, ...written.items]);
      if (!outcome.ok) {
        assertOnlyConditionsFailed(outcome);
        continue;
      }
      return {
        kind: 'cancelled',
        registration: cancelled,
        ...(promoted ? { promoted } : {}),
        mailsToQueue: written.mailsToQueue,
      };
    }
    throw new UnavailableError();
  }

  async waitlistRank(registration: Registration): Promise<number | undefined> {
    if (registration.status !== 'waitlisted' || registration.waitlistPosition === undefined) return undefined;
    let count = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :own',
          ExpressionAttributeValues: {
            ':pk': keys.event(registration.eventId).pk,
            ':first': keys.waitlistPrefix,
            ':own': keys.waitlistEntry(registration.eventId, registration.waitlistPosition).sk,
          },
          Select: 'COUNT',
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      count += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return count;
  }

  private newRegistration(input: NewRegistration, now: Date): Registration {
    const at = now.toISOString();
    return {
      id: newId(now),
      eventId: input.eventId,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      ...(input.organisation ? { organisation: input.organisation } : {}),
      ...(input.role ? { role: input.role } : {}),
      status: 'confirmed',
      consent: { at, textVersion: input.consentTextVersion },
      newsletter: input.newsletter,
      language: input.language ?? 'fr',
      createdAt: at,
      updatedAt: at,
    };
  }

  private async takeSeat(registration: Registration, mails: MailsOf): Promise<Attempt> {
    const written = mailWrites(this.outbox, mails(registration));
    const outcome = await transactOnEvent(this.client, registration.eventId, [
      this.putClaim(registration),
      this.putRegistration(registration),
      {
        Update: {
          TableName: this.tableName,
          Key: keys.event(registration.eventId),
          UpdateExpression: 'SET confirmedCount = if_not_exists(confirmedCount, :zero) + :one',
          ConditionExpression:
            '#status = :published AND (attribute_not_exists(#capacity) OR attribute_not_exists(confirmedCount) OR confirmedCount < #capacity)',
          ExpressionAttributeNames: { '#status': 'status', '#capacity': 'capacity' },
          ExpressionAttributeValues: { ':published': 'published', ':zero': 0, ':one': 1 },
        },
      },
      ...written.items,
    ]);
    return attemptFrom(outcome, registration, written.mailsToQueue);
  }

  /**
   * The position is the event's `waitlistSeq` + 1, written in the same transaction on the condition
   * that nobody took it first: positions are unique and follow the order of the waitlist.
   */
  private joinWaitlist(draft: Registration, mails: MailsOf): Promise<Attempt> {
    return onEventQueue(draft.eventId, async () => {
      const seen = this.lastSeen.get(draft.eventId) ?? { full: true, waitlistSeq: 0 };
      const position = seen.waitlistSeq + 1;
      const registration: Registration = { ...draft, status: 'waitlisted', waitlistPosition: position };
      const written = mailWrites(this.outbox, mails(registration));
      const outcome = await transactWrite(this.client, {
        TransactItems: [
          this.putClaim(registration),
          this.putRegistration(registration),
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...keys.waitlistEntry(registration.eventId, position),
                type: 'waitlist-entry',
                registrationId: registration.id,
                position,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: this.tableName,
              Key: keys.event(registration.eventId),
              UpdateExpression:
                'SET waitlistedCount = if_not_exists(waitlistedCount, :zero) + :one, waitlistSeq = :position',
              // Still full (a seat freed meanwhile goes to this registrant directly), position still free.
              ConditionExpression:
                '#status = :published AND #waitlist = :true AND attribute_exists(#capacity) AND confirmedCount >= #capacity AND ' +
                (seen.waitlistSeq === 0
                  ? '(attribute_not_exists(waitlistSeq) OR waitlistSeq = :seen)'
                  : 'waitlistSeq = :seen'),
              ExpressionAttributeNames: {
                '#status': 'status',
                '#waitlist': 'waitlist',
                '#capacity': 'capacity',
              },
              ExpressionAttributeValues: {
                ':published': 'published',
                ':true': true,
                ':zero': 0,
                ':one': 1,
                ':position': position,
                ':seen': seen.waitlistSeq,
              },
            },
          },
          ...written.items,
        ],
      });
      if (outcome.ok) this.lastSeen.set(draft.eventId, { full: true, waitlistSeq: position });
      return attemptFrom(outcome, registration, written.mailsToQueue);
    });
  }

  private putClaim(registration: Registration) {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...keys.emailClaim(registration.eventId, registration.email),
          type: 'email-claim',
          registrationId: registration.id,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  private putRegistration(registration: Registration) {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...keys.registration(registration.eventId, registration.id),
          gsi1pk: `EMAIL#${registration.email}`,
          gsi1sk: `REG#${registration.eventId}#${registration.id}`,
          type: 'registration',
          ...registration,
        },
      },
    };
  }

  private setStatus(
    next: Registration,
    expected: RegistrationStatus,
    extra: Record<string, string | undefined>,
  ) {
    const sets = Object.entries(extra).filter(([, value]) => value !== undefined);
    return {
      Update: {
        TableName: this.tableName,
        Key: keys.registration(next.eventId, next.id),
        UpdateExpression: `SET #status = :next, updatedAt = :updatedAt${sets.map(([name]) => `, ${name} = :${name}`).join('')}`,
        ConditionExpression: '#status = :expected',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':next': next.status,
          ':expected': expected,
          ':updatedAt': next.updatedAt,
          ...Object.fromEntries(sets.map(([name, value]) => [`:${name}`, value])),
        },
      },
    };
  }

  /** The live registration the address holds for the event (its e-mail claim names it), if any. */
  async findByEmail(eventId: string, email: string): Promise<Registration | undefined> {
    const claim = await getItem(this.client, this.tableName, keys.emailClaim(eventId, email));
    return claim ? this.get(eventId, String(claim.registrationId)) : undefined;
  }
}

type Attempt =
  | { ok: true; registration: Registration; mailsToQueue: RegistrantMail[] }
  | { ok: false; reason: 'duplicate' | 'event' };

/** Item 0 is always the e-mail claim; any other refusal comes from the event's conditions. */
function attemptFrom(
  outcome: TransactOutcome,
  registration: Registration,
  mailsToQueue: RegistrantMail[],
): Attempt {
  if (outcome.ok) return { ok: true, registration, mailsToQueue };
  assertOnlyConditionsFailed(outcome);
  return { ok: false, reason: outcome.reasons[0] === 'ConditionalCheckFailed' ? 'duplicate' : 'event' };
}
