import { z } from '@hono/zod-openapi';
import { singleLineText } from '../http/text-fields.js';

export const topicSlugSchema = z
  .string({ error: 'L’identifiant doit être un texte.' })
  .trim()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'L’identifiant ne contient que des minuscules sans accent, des chiffres et des tirets (ex. : webinaires).',
  )
  .max(60, '60 caractères au maximum.')
  .openapi({ example: 'webinaires' });

export const topicNameSchema = singleLineText(80).openapi({ example: 'Webinaires' });

/** The English name (facultative): English pages and mails show the French one where it is missing. */
const topicTranslationsSchema = z
  .object({ en: z.object({ name: topicNameSchema.optional() }).strict().optional() })
  .strict()
  .openapi('NewsletterTopicTranslations');

export const topicBodySchema = z
  .object({ slug: topicSlugSchema, name: topicNameSchema, translations: topicTranslationsSchema.optional() })
  .strict()
  .openapi('NewsletterTopicCreation');

export const topicRenameSchema = z
  .object({ name: topicNameSchema, translations: topicTranslationsSchema.optional() })
  .strict()
  .openapi('NewsletterTopicRename');

export const topicParams = z.object({
  slug: z
    .string()
    .max(60)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'webinaires' }),
});

export const topicSchema = z
  .object({ slug: z.string(), name: z.string(), translations: topicTranslationsSchema.optional() })
  .openapi('NewsletterTopic');
