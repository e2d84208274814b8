import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../store/keys.js';
import {
  batchGetAll,
  getItem,
  queryAll,
  stripKeys,
  transactWrite,
  writeUnlessRefused,
} from '../store/table.js';
import type { Certificate } from './certificate.js';
import type { CertificateStore } from './certificate-store.js';

/** A certificate under its number, and a claim in its event's partition that keeps it one per registration. */
export class DynamoCertificateStore implements CertificateStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async issue(certificate: Certificate): Promise<boolean> {
    const outcome = await transactWrite(this.client, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...keys.certificateClaim(certificate.eventId, certificate.registrationId),
              number: certificate.number,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.certificate(certificate.number), ...certificate },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    return outcome.ok;
  }

  async get(number: string): Promise<Certificate | undefined> {
    const item = await getItem(this.client, this.tableName, keys.certificate(number));
    return item ? stripKeys<Certificate>(item) : undefined;
  }

  async listByEvent(eventId: string): Promise<Certificate[]> {
    const claims = await queryAll(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.event(eventId).pk, ':prefix': keys.certificateClaimPrefix },
    });
    const items = await batchGetAll(
      this.client,
      this.tableName,
      claims.map((claim) => keys.certificate(claim.number as string)),
    );
    return items.map((item) => stripKeys<Certificate>(item));
  }

  async forRegistration(eventId: string, registrationId: string): Promise<Certificate | undefined> {
    const claim = await getItem(this.client, this.tableName, keys.certificateClaim(eventId, registrationId));
    return claim ? this.get(claim.number as string) : undefined;
  }

  replace(certificate: Certificate): Promise<boolean> {
    return writeUnlessRefused(
      this.client,
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.certificate(certificate.number), ...certificate },
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
  }
}
