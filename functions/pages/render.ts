import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';

/** Sends a server-rendered page with its status. */
export function renderPage(c: Context, page: JSX.Element, status: 200 | 201 | 400 | 404 | 409 | 410 = 200) {
  return c.html(`<!doctype html>${page.toString()}`, status);
}
