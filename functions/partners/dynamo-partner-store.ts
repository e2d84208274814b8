import { GetCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { queryAll } from '../store/query-all.js';
import { keys } from '../store/keys.js';
import { TABLE_KEYS } from '../contract/table.js';
import { transactWrite } from '../store/transact.js';
import { NotFoundError } from '../shared/errors.js';
import type { Member, Organisation } from './organisation.js';
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
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.organisation(id), ConsistentRead: true }),
    );
    return Item ? toOrganisation(Item) : undefined;
  }

  async listOrganisations(): Promise<Organisation[]> {
    const items = await this.queryAll({
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
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.membership(email), ConsistentRead: true }),
    );
    return Item ? toMember(Item) : undefined;
  }

  async listMembers(organisationId: string): Promise<Member[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.organisation(organisationId).pk,
        ':prefix': keys.memberPrefix,
      },
      ConsistentRead: true,
    });
    return items.map(toMember);
  }

  private queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    return queryAll(this.client, { ...input, TableName: this.tableName });
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
