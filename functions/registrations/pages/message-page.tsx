import { Layout } from '../../pages/layout.js';
import { pagePath, pageText } from '../../pages/page-text.js';

/** A refusal shown to someone who followed a link or posted a form: what happened and where to go. */
export function MessagePage({ title, message }: { title: string; message: string }) {
  const text = pageText();
  const heading = text.translate(title);
  return (
    <Layout title={heading}>
      <h1>{heading}</h1>
      <p class="notice" role="alert">
        {text.translate(message)}
      </p>
      <p>
        <a href={pagePath('/')}>{text.events.showAll}</a>
      </p>
    </Layout>
  );
}
