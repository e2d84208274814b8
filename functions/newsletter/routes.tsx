import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../http/env.js';
import { fieldErrorsFrom } from '../http/validation.js';
import { staffSecurity } from '../auth/openapi-security.js';
import { renderPage } from '../pages/render.js';
import type { Notice } from '../pages/form-fields.js';
import { refusal } from '../admin/page-errors.js';
import { ConflictError } from '../shared/errors.js';
import type { TopicService } from './topic-service.js';
import {
  topicBodySchema,
  topicNameSchema,
  topicParams,
  topicRenameSchema,
  topicSchema,
} from './topic-schemas.js';
import { DeleteTopicPage, TOPIC_PATHS, TopicsPage, type TopicsPageProps } from './pages/topic-pages.js';
import { problem } from '../http/openapi-responses.js';
import { staffSubApp } from '../http/staff-sub-app.js';

const tags = ['Équipe — thèmes de la lettre'];
const topicJson = (description: string) => ({
  description,
  content: { 'application/json': { schema: topicSchema } },
});

const createTopicRoute = createRoute({
  method: 'post',
  path: '/api/admin/newsletter/topics',
  tags,
  security: staffSecurity,
  summary: 'Ajouter un thème',
  request: { body: { required: true, content: { 'application/json': { schema: topicBodySchema } } } },
  responses: {
    201: topicJson('Thème ajouté.'),
    400: problem('Données invalides.'),
    401: problem('Session d’équipe requise.'),
    409: problem('Identifiant déjà pris.'),
  },
});

const renameTopicRoute = createRoute({
  method: 'patch',
  path: '/api/admin/newsletter/topics/{slug}',
  tags,
  security: staffSecurity,
  summary: 'Renommer un thème (son identifiant ne change pas)',
  request: {
    params: topicParams,
    body: { required: true, content: { 'application/json': { schema: topicRenameSchema } } },
  },
  responses: {
    200: topicJson('Thème renommé.'),
    400: problem('Données invalides.'),
    401: problem('Session d’équipe requise.'),
    404: problem('Thème inconnu.'),
  },
});

const deleteTopicRoute = createRoute({
  method: 'delete',
  path: '/api/admin/newsletter/topics/{slug}',
  tags,
  security: staffSecurity,
  summary: 'Supprimer un thème (les abonnés gardent leurs autres thèmes)',
  request: { params: topicParams },
  responses: {
    204: { description: 'Thème supprimé.' },
    401: problem('Session d’équipe requise.'),
    404: problem('Thème inconnu.'),
  },
});

const NOTICES: Record<string, Notice> = {
  ajoute: { kind: 'success', text: 'Le thème est ajouté : il est proposé aux abonnés.' },
  renomme: { kind: 'success', text: 'Le thème est renommé.' },
  supprime: { kind: 'success', text: 'Le thème est supprimé.' },
};

/** Staff manage the newsletter's topics: API under /api/admin, pages under /admin (guards already there). */
export function topicRoutes(deps: { topics: TopicService }): HubApp {
  const app = staffSubApp();
  const { topics } = deps;

  app.openapi(createTopicRoute, async (c) => c.json(await topics.create(c.req.valid('json')), 201));

  app.openapi(renameTopicRoute, async (c) =>
    c.json(await topics.rename(c.req.valid('param').slug, c.req.valid('json')), 200),
  );

  app.openapi(deleteTopicRoute, async (c) => {
    await topics.remove(c.req.valid('param').slug);
    return c.body(null, 204);
  });

  const page = async (
    c: Context<HubEnv>,
    props: Omit<TopicsPageProps, 'topics' | 'figures'> = {},
    status: 200 | 400 | 404 | 409 = 200,
  ) => {
    const [list, figures] = await Promise.all([topics.list(), topics.figures()]);
    return renderPage(c, <TopicsPage topics={list} figures={figures} {...props} />, status);
  };

  app.get(TOPIC_PATHS.page, (c) => page(c, { notice: NOTICES[c.req.query('fait') ?? ''] }));

  app.post(TOPIC_PATHS.page, async (c) => {
    const form = await c.req.parseBody();
    const values = {
      slug: typeof form.slug === 'string' ? form.slug : '',
      name: typeof form.name === 'string' ? form.name : '',
    };
    const parsed = topicBodySchema.safeParse(values);
    if (!parsed.success) return page(c, { form: { values, errors: fieldErrorsFrom(parsed.error) } }, 400);
    try {
      await topics.create(parsed.data);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return page(c, { form: { values, errors: { slug: [error.detail ?? error.title] } } }, 409);
    }
    return c.redirect(`${TOPIC_PATHS.page}?fait=ajoute`, 303);
  });

  app.post('/admin/newsletter/themes/:slug/renommer', async (c) => {
    const slug = c.req.param('slug');
    const form = await c.req.parseBody();
    const name = typeof form.name === 'string' ? form.name : '';
    const parsed = topicNameSchema.safeParse(name);
    if (!parsed.success)
      return page(
        c,
        { rename: { slug, name, errors: parsed.error.issues.map((issue) => issue.message) } },
        400,
      );
    try {
      await topics.rename(slug, { name: parsed.data });
    } catch (error) {
      const { notice, status } = refusal(error);
      return page(c, { notice }, status === 410 ? 404 : status);
    }
    return c.redirect(`${TOPIC_PATHS.page}?fait=renomme`, 303);
  });

  app.get('/admin/newsletter/themes/:slug/supprimer', async (c) => {
    const topic = (await topics.list()).find((candidate) => candidate.slug === c.req.param('slug'));
    if (!topic) return page(c, { notice: { kind: 'error', text: 'Ce thème n’existe pas (ou plus).' } }, 404);
    const figures = await topics.figures();
    return renderPage(
      c,
      <DeleteTopicPage topic={topic} confirmed={figures.confirmedByTopic[topic.slug] ?? 0} />,
    );
  });

  app.post('/admin/newsletter/themes/:slug/supprimer', async (c) => {
    try {
      await topics.remove(c.req.param('slug'));
    } catch (error) {
      const { notice, status } = refusal(error);
      return page(c, { notice }, status === 410 ? 404 : status);
    }
    return c.redirect(`${TOPIC_PATHS.page}?fait=supprime`, 303);
  });
  return app;
}
