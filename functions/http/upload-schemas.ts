import { z } from '@hono/zod-openapi';

/** The part URLs of a large upload, as kits and replays hand them out. */
export const multipartTicketSchema = z.object({
  uploadId: z.string(),
  partSize: z.number(),
  parts: z.array(z.object({ partNumber: z.number(), url: z.string() })),
});

/** The confirmation of an upload; a multipart one names its parts and their ETags. */
export const uploadConfirmationSchema = z
  .object({
    uploadId: z.string().min(1).max(1024),
    parts: z
      .array(z.object({ partNumber: z.number().int().min(1).max(10000), etag: z.string().min(1).max(200) }))
      .min(1)
      .max(10000),
  })
  .strict()
  .partial();
