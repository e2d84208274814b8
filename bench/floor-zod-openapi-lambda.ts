import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { handle } from 'hono/aws-lambda';

// A floor, not a function: the baseline plus one route declared the way the hub declares its routes
// (@hono/zod-openapi, zod classic). What any public function built on that layer weighs before its own code.
const dynamo = new DynamoDBClient({});
const app = new OpenAPIHono();
const route = createRoute({
  method: 'post',
  path: '/items/{id}',
  request: {
    params: z.object({ id: z.string().min(1) }),
    body: {
      content: { 'application/json': { schema: z.object({ email: z.email(), name: z.string().max(100) }) } },
    },
  },
  responses: { 200: { description: 'ok' } },
});
app.openapi(route, async (c) => {
  const { Item } = await dynamo.send(
    new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: c.req.valid('param').id } } }),
  );
  return c.json(Item ?? {}, 200);
});
export const handler = handle(app);
