import type { Context } from 'hono';
import { Layout } from './layout.js';
import { renderPage } from './render.js';

export function NotFoundPage() {
  return (
    <Layout title="Page introuvable">
      <h1>Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune page du site : elle a peut-être changé, ou contient une faute.
      </p>
      <ul>
        <li>
          <a href="/">Les événements de la filière</a>
        </li>
        <li>
          <a href="/kits">Les kits de communication</a>
        </li>
        <li>
          <a href="/newsletter">La lettre d’information</a>
        </li>
      </ul>
    </Layout>
  );
}

/** A browser asking for a page gets a French page; API clients keep the problem+json answer. */
export function wantsPage(c: Context): boolean {
  return !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');
}

export function notFoundPage(c: Context) {
  return renderPage(c, NotFoundPage(), 404);
}
