import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { HubEnv } from './env.js';
import { languageFromAcceptLanguage } from '../i18n/accept-language.js';
import { frenchPath, isEnglishPath } from '../i18n/page-paths.js';
import { loadMessages, loadedMessages } from '../i18n/messages.js';
import type { Language } from '../i18n/language.js';

/** The requests an English path was answered through: the page routes see them at the French path. */
const throughEnglishPath = new WeakSet<Request>();

/**
 * The language of every request, in `c.var.language`. An English page (`/en/…`) is served by the same route as
 * its French twin: the request goes through the app again at the French path, marked English, so that each
 * page is written once and a page added later gets its English path from the path table alone. The JSON API
 * answers in the language of `Accept-Language`; everything else is French. Registered first, so that the other
 * middleware (rate limits included) sees each request once.
 */
export function languageRouting(app: Hono<HubEnv>): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (isEnglishPath(path) && !throughEnglishPath.has(c.req.raw)) {
      const french = frenchPath(path);
      if (french !== undefined) {
        const url = new URL(c.req.url);
        url.pathname = french;
        const original = c.req.raw;
        const request = new Request(url, {
          method: original.method,
          headers: original.headers,
          body: original.body,
          duplex: 'half',
          signal: original.signal,
        } as RequestInit);
        throughEnglishPath.add(request);
        return app.fetch(request, c.env);
      }
    }
    const language =
      throughEnglishPath.has(c.req.raw) || isEnglishPath(path)
        ? 'en'
        : path.startsWith('/api/') && !isFormPost(c)
          ? languageFromAcceptLanguage(c.req.header('accept-language'))
          : 'fr';
    await useLanguage(c, language);
    await next();
  };
}

/**
 * A page's form posted to the API: the page it came from says the language (its hidden field, read by the
 * route), not the browser's preferences.
 */
function isFormPost(c: Context<HubEnv>): boolean {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  return type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data');
}

/** Sets the language of what the request answers (a form says which page posted it), its texts loaded. */
export async function useLanguage(c: Context<HubEnv>, language: Language): Promise<void> {
  await loadMessages(language);
  c.set('language', language);
}

/** How the request's answer turns the domain's French texts into its language. */
export function translatorOf(c: Context<HubEnv>): (text: string) => string {
  return loadedMessages(c.get('language') ?? 'fr').translate;
}
