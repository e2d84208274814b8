import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { writeReturningUnlessRefused, writeUnlessRefused } from '../../functions/store/table.js';
import { createDynamoClient, localCredentials } from '../../functions/store/dynamo-client.js';
import { ensureTable } from '../../functions/local/table-setup.js';
import { newId } from '../../functions/shared/ids.js';

describe('conditional writes on the local DynamoDB', () => {
  const tableName = `test-${newId()}`;
  const dynamo = createDynamoClient({ AWS_REGION: 'eu-west-3', DYNAMODB_ENDPOINT: inject('dynamoEndpoint') });

  beforeAll(async () => {
    await ensureTable(dynamo, tableName);
  });

  const key = () => ({ pk: `TEST#${newId()}`, sk: 'ITEM' });
  const read = async (itemKey: { pk: string; sk: string }) =>
    (await dynamo.send(new GetCommand({ TableName: tableName, Key: itemKey, ConsistentRead: true }))).Item;
  const putIfAbsent = (itemKey: { pk: string; sk: string }, label: string) =>
    new PutCommand({
      TableName: tableName,
      Item: { ...itemKey, label },
      ConditionExpression: 'attribute_not_exists(pk)',
    });

  it('writes and answers true when the condition lets the write through', async () => {
    const itemKey = key();

    const written = await writeUnlessRefused(dynamo, putIfAbsent(itemKey, 'premier'));

    expect(written).toBe(true);
    expect(await read(itemKey)).toEqual({ ...itemKey, label: 'premier' });
  });

  it('answers false and writes nothing when the condition refuses the write', async () => {
    const itemKey = key();
    await writeUnlessRefused(dynamo, putIfAbsent(itemKey, 'premier'));

    const written = await writeUnlessRefused(dynamo, putIfAbsent(itemKey, 'second'));

    expect(written).toBe(false);
    expect(await read(itemKey)).toEqual({ ...itemKey, label: 'premier' });
  });

  it('hands back the attributes ReturnValues asked for, or undefined when refused (and nothing is created)', async () => {
    const present = key();
    const absent = key();
    await writeUnlessRefused(dynamo, putIfAbsent(present, 'premier'));
    const rename = (itemKey: { pk: string; sk: string }) =>
      new UpdateCommand({
        TableName: tableName,
        Key: itemKey,
        UpdateExpression: 'SET label = :label',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':label': 'renommé' },
        ReturnValues: 'ALL_NEW',
      });

    const renamed = await writeReturningUnlessRefused(dynamo, rename(present));
    const refused = await writeReturningUnlessRefused(dynamo, rename(absent));

    expect(renamed).toEqual({ attributes: { ...present, label: 'renommé' } });
    expect(refused).toBeUndefined();
    expect(await read(absent)).toBeUndefined();
  });
});

describe('conditional writes when DynamoDB fails for another reason', () => {
  const dynamo = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: 'eu-west-3', credentials: localCredentials }),
  );
  const mock = mockClient(dynamo);
  afterAll(() => mock.restore());

  it('rethrows any error that is not a refusal of the condition', async () => {
    const throttled = new ProvisionedThroughputExceededException({
      message: 'Débit dépassé',
      $metadata: { httpStatusCode: 400 },
    });
    mock.on(PutCommand).rejects(throttled);
    const command = new PutCommand({
      TableName: 'table',
      Item: { pk: 'A', sk: 'B' },
      ConditionExpression: 'attribute_not_exists(pk)',
    });

    await expect(writeUnlessRefused(dynamo, command)).rejects.toBe(throttled);
    await expect(writeReturningUnlessRefused(dynamo, command)).rejects.toBe(throttled);
  });
});
