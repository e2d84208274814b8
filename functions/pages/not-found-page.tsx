import type { Context } from 'hono';
import { Layout } from './layout.js';
import { renderPage } from './render.js';
import { pagePath, pageText } from './page-text.js';

export function NotFoundPage() {
  const text = pageText().notFound;
  return (
    <Layout title={text.title}>
      <h1>{text.title}</h1>
      <p>{text.text}</p>
      <ul>
        <li>
          <a href={pagePath('/')}>{text.events}</a>
        </li>
        <li>
          <a href={pagePath('/kits')}>{text.kits}</a>
        </li>
        <li>
          <a href={pagePath('/newsletter')}>{text.newsletter}</a>
        </li>
      </ul>
    </Layout>
  );
}

/** A browser asking for a page gets a page in its path's language; API clients keep the problem+json answer. */
export function wantsPage(c: Context): boolean {
  return !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');
}

export function notFoundPage(c: Context) {
  return renderPage(c, <NotFoundPage />, 404);
}
