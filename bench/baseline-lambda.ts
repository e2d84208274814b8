import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

// The yardstick of bench/bundles.ts: the smallest useful Hono Lambda that reads DynamoDB.
const dynamo = new DynamoDBClient({});
const app = new Hono();
app.get('/items/:id', async (c) => {
  const { Item } = await dynamo.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: c.req.param('id') } } }),
  );
  return c.json(Item ?? {});
});
export const handler = handle(app);
