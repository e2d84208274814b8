import { z } from '@hono/zod-openapi';
import { multipartTicketSchema, uploadConfirmationSchema } from '../http/upload-schemas.js';
import { multiLineText, singleLineText } from '../http/text-fields.js';
import { ALLOWED_TYPES, MAX_ASSET_BYTES } from './asset-rules.js';

export const AudienceSchema = z
  .union([
    z.enum(['public', 'partners']),
    z
      .object({
        organisations: z
          .array(z.string().min(1).max(64))
          .min(1, 'Choisissez au moins une organisation.')
          .max(200),
      })
      .strict(),
  ])
  .openapi('KitAudience', { example: 'partners' });

/** The English title and description (facultative): English pages show the French ones where they are missing. */
const KitTranslationsSchema = z
  .object({
    en: z
      .object({ title: singleLineText(160).optional(), description: multiLineText(4000).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('KitTranslations');

export const CreateKitBodySchema = z
  .object({
    title: singleLineText(160).openapi({ example: 'Kit de communication 2026' }),
    description: multiLineText(4000).default(''),
    audience: AudienceSchema,
    translations: KitTranslationsSchema.optional(),
  })
  .strict()
  .openapi('CreateKit');

export const KitIdParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const VersionParamsSchema = KitIdParamsSchema.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(999999)
    .openapi({ param: { name: 'version', in: 'path' }, type: 'integer' }),
});

export const AssetParamsSchema = VersionParamsSchema.extend({
  assetId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'assetId', in: 'path' } }),
});

export const SlugParamsSchema = z.object({
  slug: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'slug', in: 'path' } }),
});

export const SlugAssetParamsSchema = SlugParamsSchema.extend({
  assetId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'assetId', in: 'path' } }),
});

export const ShareQuerySchema = z.object({
  partage: z
    .string()
    .max(600)
    .optional()
    .openapi({ param: { name: 'partage', in: 'query' }, description: 'Jeton d’un lien de partage.' }),
});

export const CreateVersionBodySchema = z
  .object({ notes: multiLineText(2000).optional() })
  .strict()
  .openapi('CreateKitVersion');

export const UploadRequestBodySchema = z
  .object({
    // Longer names are refused here; shorter odd ones are sanitised (or refused) by the asset rules.
    name: z.string().min(1, 'Ce champ est obligatoire.').max(1000, '1000 caractères au maximum.'),
    contentType: z
      .string()
      .min(1)
      .max(200)
      .openapi({ example: 'image/svg+xml', enum: Object.keys(ALLOWED_TYPES) }),
    size: z
      .number()
      .int()
      .min(1, 'Le fichier est vide.')
      .max(Number.MAX_SAFE_INTEGER)
      .openapi({ description: `Octets, ${MAX_ASSET_BYTES} au plus.` }),
  })
  .strict()
  .openapi('KitUploadRequest');

export const UploadTicketSchema = z
  .object({
    assetId: z.string(),
    uploadUrl: z.string(),
    multipart: multipartTicketSchema.optional(),
  })
  .openapi('KitUploadTicket');

export const ConfirmUploadBodySchema = uploadConfirmationSchema.openapi('KitUploadConfirmation');

export const ShareLinkBodySchema = z
  .object({
    expiresInDays: z.number().int().min(1, '1 jour au moins.').max(30, '30 jours au plus.').default(7),
  })
  .strict()
  .openapi('KitShareLinkRequest');

export const ShareLinkSchema = z
  .object({ id: z.string(), url: z.string(), expiresAt: z.string() })
  .openapi('KitShareLink');

export const ShareLinkParamsSchema = KitIdParamsSchema.extend({
  linkId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'linkId', in: 'path' } }),
});

export const AssetSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    contentType: z.string(),
    size: z.number(),
    sha256: z.string().optional(),
    status: z.enum(['pending', 'ready']),
    preview: z.boolean(),
  })
  .openapi('KitAsset');

export const VersionSchema = z
  .object({
    version: z.number(),
    status: z.enum(['draft', 'published', 'superseded']),
    notes: z.string().optional(),
    createdAt: z.string(),
    publishedAt: z.string().optional(),
    zipSize: z.number().optional(),
  })
  .openapi('KitVersion');

export const PublicKitSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    audience: z.enum(['public', 'partners', 'organisations']),
    version: z.number(),
    publishedAt: z.string().optional(),
  })
  .openapi('KitSummary');

export const PublicKitSchema = PublicKitSummarySchema.extend({
  notes: z.string().optional(),
  assets: z.array(AssetSchema),
  zipSize: z.number().optional(),
}).openapi('Kit');

export const AdminKitSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    audience: AudienceSchema,
    translations: KitTranslationsSchema.optional(),
    currentVersion: z.number().optional(),
    draftVersion: z.number().optional(),
    versions: z.array(VersionSchema.extend({ assets: z.array(AssetSchema) })),
  })
  .openapi('AdminKit');

export const DownloadStatsSchema = z
  .object({
    total: z.number(),
    byVersion: z.array(z.object({ version: z.number(), count: z.number() })),
    byOrganisation: z.array(
      z.object({ organisationId: z.string().nullable(), organisation: z.string(), count: z.number() }),
    ),
    items: z.array(
      z.object({
        at: z.string(),
        version: z.number(),
        file: z.string(),
        email: z.string().optional(),
        organisationId: z.string().optional(),
        via: z.enum(['staff', 'partner', 'public', 'share']),
      }),
    ),
  })
  .openapi('KitDownloadStats');
