import type { Context } from 'hono';
import type { HubEnv, PublicApp } from '../http/env.js';
import { registerRoute } from '../http/register-route.js';
import { publicSubApp } from '../http/sub-app.js';
import { defineRoute } from '../http/route-spec.js';
import { fieldErrorsFrom } from '../http/validation.js';
import { translatorOf, useLanguage } from '../http/language-routing.js';
import { renderPage } from '../pages/render.js';
import { HubError, ValidationError } from '../shared/errors.js';
import { MessagePage } from '../registrations/pages/message-page.js';
import { NEWSLETTER_PATHS, type NewsletterLinks } from './newsletter-links.js';
import type { NewsletterService } from './newsletter-service.js';
import { subscriptionBodyFromForm, subscriptionBodySchema, tokenBodySchema } from './schemas.js';
import {
  CheckInboxPage,
  ConfirmPage,
  ConfirmedPage,
  PreferencesPage,
  SubscribePage,
  UnsubscribePage,
  UnsubscribedPage,
} from './pages/newsletter-pages.js';

const ACCEPTED =
  'Demande enregistrée : si l’adresse peut recevoir la lettre, un e-mail de confirmation lui est envoyé.';

export const subscribeRoute = defineRoute({
  method: 'post',
  path: '/api/newsletter/subscriptions',
  request: { body: { schema: subscriptionBodySchema } },
});

export const confirmRoute = defineRoute({
  method: 'post',
  path: '/api/newsletter/confirm',
  request: { body: { schema: tokenBodySchema } },
});

export const topicsRoute = defineRoute({ method: 'get', path: '/api/newsletter/topics' });

export interface NewsletterRoutesDeps {
  newsletter: NewsletterService;
  newsletterLinks: NewsletterLinks;
}

/** Subscribing, confirming, preferences and unsubscribing: the JSON API and the pages of the letter. */
export function newsletterRoutes({ newsletter, newsletterLinks }: NewsletterRoutesDeps): PublicApp {
  const app = publicSubApp();

  // The page's form posts here too; it deserves a page, not JSON (registered before the JSON validator).
  app.post('/api/newsletter/subscriptions', async (c, next) => {
    if (!isForm(c)) return next();
    const raw = await c.req.parseBody({ all: true });
    // The form posts to the API: its hidden field names the page's language, which the answer keeps.
    if (raw.language === 'en') await useLanguage(c, 'en');
    const parsed = subscriptionBodySchema.safeParse(subscriptionBodyFromForm(raw));
    const topics = await newsletter.listTopics();
    if (!parsed.success) {
      const values = {
        email: typeof raw.email === 'string' ? raw.email : '',
        firstName: typeof raw.firstName === 'string' ? raw.firstName : '',
        topics: [raw.topics].flat().filter((value): value is string => typeof value === 'string'),
        consent: raw.consent === 'on',
        tracking: raw.tracking === 'on',
      };
      return renderPage(
        c,
        <SubscribePage topics={topics} form={{ values, errors: fieldErrorsFrom(parsed.error) }} />,
        400,
      );
    }
    try {
      await newsletter.subscribe({ ...parsed.data, source: 'newsletter-form' });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const values = {
        email: parsed.data.email,
        firstName: parsed.data.firstName,
        topics: parsed.data.topics,
        consent: parsed.data.consent,
        tracking: parsed.data.tracking,
      };
      return renderPage(
        c,
        <SubscribePage topics={topics} form={{ values, errors: error.fields ?? {} }} />,
        400,
      );
    }
    return renderPage(c, <CheckInboxPage email={parsed.data.email} />, 202);
  });

  registerRoute(app, subscribeRoute, async (c) => {
    await newsletter.subscribe({ ...c.req.valid('json'), source: 'newsletter-api' });
    return c.json({ message: translatorOf(c)(ACCEPTED) }, 202);
  });

  registerRoute(app, confirmRoute, async (c) => {
    const subscriber = await newsletter.confirm(c.req.valid('json').token);
    return c.json({ email: subscriber.email, status: 'confirmed' as const, topics: subscriber.topics }, 200);
  });

  registerRoute(app, topicsRoute, async (c) => c.json({ items: await newsletter.listTopics() }, 200));

  app.get(NEWSLETTER_PATHS.page, async (c) =>
    renderPage(c, <SubscribePage topics={await newsletter.listTopics()} />),
  );

  app.get(NEWSLETTER_PATHS.confirm, async (c) => {
    const token = c.req.query('token') ?? '';
    try {
      const preview = await newsletter.previewConfirmation(token);
      if (preview.confirmed)
        return renderPage(
          c,
          <ConfirmedPage
            email={preview.email}
            preferencesUrl={newsletterLinks.preferencesUrl(preview.email)}
          />,
        );
      return renderPage(c, <ConfirmPage token={token} email={preview.email} topics={preview.topics} />);
    } catch (error) {
      return refusalPage(c, error, 'Confirmation impossible');
    }
  });

  app.post(NEWSLETTER_PATHS.confirm, async (c) => {
    const form = await c.req.parseBody();
    try {
      const subscriber = await newsletter.confirm(typeof form.token === 'string' ? form.token : '');
      return renderPage(
        c,
        <ConfirmedPage
          email={subscriber.email}
          preferencesUrl={newsletterLinks.preferencesUrl(subscriber.email)}
        />,
      );
    } catch (error) {
      return refusalPage(c, error, 'Confirmation impossible');
    }
  });

  app.get(NEWSLETTER_PATHS.preferences, async (c) => {
    const token = c.req.query('token') ?? '';
    try {
      const { subscriber, topics } = await newsletter.preferences(token);
      return renderPage(c, <PreferencesPage token={token} subscriber={subscriber} topics={topics} />);
    } catch (error) {
      return refusalPage(c, error, 'Préférences indisponibles');
    }
  });

  app.post(NEWSLETTER_PATHS.preferences, async (c) => {
    const form = await c.req.parseBody({ all: true });
    const token = typeof form.token === 'string' ? form.token : '';
    const topics = [form.topics].flat().filter((value): value is string => typeof value === 'string');
    try {
      const subscriber = await newsletter.updatePreferences(token, {
        topics,
        tracking: form.tracking === 'on',
      });
      return renderPage(
        c,
        <PreferencesPage
          token={token}
          subscriber={subscriber}
          topics={await newsletter.listTopics()}
          saved
        />,
      );
    } catch (error) {
      return refusalPage(c, error, 'Préférences non enregistrées');
    }
  });

  // RFC 8058: mail clients POST `List-Unsubscribe=One-Click` here with no session and no cookie.
  app.get(NEWSLETTER_PATHS.unsubscribe, async (c) => {
    const token = c.req.query('token') ?? '';
    if (!newsletterLinks.readPreferenceLink(token))
      return refusalPage(
        c,
        new ValidationError({}, 'Ce lien de désabonnement est invalide.'),
        'Désabonnement impossible',
      );
    return renderPage(c, <UnsubscribePage token={token} />);
  });

  app.post(NEWSLETTER_PATHS.unsubscribe, async (c) => {
    const form = isForm(c) ? await c.req.parseBody() : {};
    const token = c.req.query('token') ?? (typeof form.token === 'string' ? form.token : '');
    if (form['List-Unsubscribe'] !== 'One-Click') {
      return refusalPage(
        c,
        new ValidationError({}, 'Demande de désabonnement incomplète : utilisez le bouton de la page.'),
        'Désabonnement impossible',
      );
    }
    try {
      const email = await newsletter.unsubscribe(token);
      return renderPage(c, <UnsubscribedPage email={email} />);
    } catch (error) {
      return refusalPage(c, error, 'Désabonnement impossible');
    }
  });
  return app;
}

function isForm(c: Context<HubEnv>): boolean {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  return type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
}

function refusalPage(c: Context<HubEnv>, error: unknown, title: string) {
  if (!(error instanceof HubError)) throw error;
  const status = error.status;
  if (status !== 400 && status !== 404 && status !== 409 && status !== 410) throw error;
  return renderPage(c, <MessagePage title={title} message={error.detail ?? error.title} />, status);
}
