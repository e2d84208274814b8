import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { HubEnv } from '../http/env.js';
import { renderAt } from './page-address.js';

/** Sends a server-rendered page with its status, telling it where it is published (canonical and share URLs). */
export function renderPage(
  c: Context<HubEnv>,
  page: JSX.Element,
  status: 200 | 201 | 202 | 400 | 404 | 409 | 410 | 429 = 200,
  headers?: Record<string, string>,
) {
  const baseUrl = c.get('baseUrl');
  const html = renderAt(baseUrl ? { baseUrl, path: c.req.path } : null, () => page.toString());
  return c.html(`<!doctype html>${html}`, status, headers);
}
