import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import { getItem, queryAll, stripKeys, transactWrite } from '../store/table.js';
import { TABLE_KEYS } from '../contract/table.js';
import { NotFoundError } from '../shared/errors.js';
import type { Member, MemberWithdrawal, Organisation } from './organisation.js';
import { MemberTakenError, type PartnerStore } from './partner-store.js';

type Item = Record<string, unknown>;

export class DynamoPartnerStore implements PartnerStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createOrganisation(organisation: Organisation): Promise<void> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...organisation,
              ...keys.organisation(organisation.id),
              gsi1pk: keys.organisationsIndex,
              gsi1sk: organisation.id,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    if (!outcome.ok) throw new Error(`organisation not created: ${outcome.reasons.join(',')}`);
  }

  async getOrganisation(id: string): Promise<Organisation | undefined> {
    const item = await getItem(this.client, this.tableName, keys.organisation(id));
    return item ? toOrganisation(item) : undefined;
  }

  async listOrganisations(): Promise<Organisation[]> {
    const items = await queryAll(this.client, this.tableName, {
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.organisationsIndex },
    });
    return items.map(toOrganisation).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  /** The membership claim and the member row are written together: one organisation per address. */
  async addMember(member: Member): Promise<void> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          ConditionCheck: {
            TableName: this.tableName,
            Key: keys.organisation(member.organisationId),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.membership(member.email), ...member },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.member(member.organisationId, member.email), ...member },
          },
        },
      ],
    });
    if (outcome.ok) return;
    if (outcome.reasons[0] === 'ConditionalCheckFailed') throw new NotFoundError('Organisation inconnue.');
    if (outcome.reasons[1] === 'ConditionalCheckFailed') throw new MemberTakenError();
    throw new Error(`member not added: ${outcome.reasons.join(',')}`);
  }

  async findMember(email: string): Promise<Member | undefined> {
    const item = await getItem(this.client, this.tableName, keys.membership(email));
    return item ? toMember(item) : undefined;
  }

  async listMembers(organisationId: string): Promise<Member[]> {
    const items = await queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.organisation(organisationId).pk,
        ':prefix': keys.memberPrefix,
      },
      ConsistentRead: true,
    });
    return items.map(toMember);
  }

  async withdrawMember(withdrawal: MemberWithdrawal): Promise<boolean> {
    const { organisationId, email } = withdrawal;
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Delete: {
            TableName: this.tableName,
            Key: keys.membership(email),
            ConditionExpression: 'organisationId = :org',
            ExpressionAttributeValues: { ':org': organisationId },
          },
        },
        { Delete: { TableName: this.tableName, Key: keys.member(organisationId, email) } },
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...keys.auditEntry(keys.organisation(organisationId), withdrawal.at, withdrawal.id),
              ...withdrawal,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    if (outcome.ok) return true;
    if (outcome.reasons[0] === 'ConditionalCheckFailed') return false;
    throw new Error(`member not withdrawn: ${outcome.reasons.join(',')}`);
  }

  async listWithdrawals(organisationId: string): Promise<MemberWithdrawal[]> {
    const items = await queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.organisation(organisationId).pk,
        ':prefix': keys.auditPrefix,
      },
      ScanIndexForward: false,
    });
    return items.map((item) => stripKeys<MemberWithdrawal>(item));
  }
}

function toOrganisation(item: Item): Organisation {
  return { id: String(item.id), name: String(item.name), createdAt: String(item.createdAt) };
}

function toMember(item: Item): Member {
  return {
    organisationId: String(item.organisationId),
    email: String(item.email),
    name: String(item.name),
    invitedAt: String(item.invitedAt),
  };
}
