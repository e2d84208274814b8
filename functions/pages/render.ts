import type { Context } from 'hono';
import type { JSXNode } from 'hono/jsx';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { HubEnv } from '../http/env.js';
import { renderAt } from './page-address.js';

/**
 * Sends a server-rendered page with its status, telling it where it is published (canonical and share URLs) and
 * in which language.
 */
export function renderPage(
  c: Context<HubEnv>,
  /** A node built with `jsx()` too: a page built outside JSX still reads its texts when it renders. */
  page: JSX.Element | JSXNode,
  status: 200 | 201 | 202 | 400 | 404 | 409 | 410 | 429 = 200,
  headers?: Record<string, string>,
) {
  const baseUrl = c.get('baseUrl');
  const address = baseUrl ? { baseUrl, path: c.req.path, query: new URL(c.req.url).search } : null;
  const html = renderAt(address, () => page.toString(), c.get('language') ?? 'fr');
  return c.html(`<!doctype html>${html}`, status, headers);
}
