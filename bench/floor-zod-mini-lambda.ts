import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
// Through the Lambda bundles' alias, as the public routes import it: build/zod-lean/mini is zod/mini itself.
import * as z from 'zod/mini';

// A floor, not a function: the baseline plus the same route validated by zod/mini (tree-shakable, no methods on
// the schemas), with the OpenAPI document left to be built elsewhere. What the alternative would start from.
const dynamo = new DynamoDBClient({});
const app = new Hono();
const params = z.object({ id: z.string().check(z.minLength(1)) });
const body = z.object({ email: z.email(), name: z.string().check(z.maxLength(100)) });
app.post('/items/:id', async (c) => {
  const input = body.safeParse(await c.req.json());
  const id = params.safeParse(c.req.param());
  if (!input.success || !id.success) return c.json({ issues: input.error?.issues ?? id.error?.issues }, 400);
  const { Item } = await dynamo.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: id.data.id } } }),
  );
  return c.json(Item ?? {}, 200);
});
export const handler = handle(app);
