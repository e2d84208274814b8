import { Layout } from '../../pages/layout.js';

/** A refusal shown to someone who followed a link or posted a form: what happened and where to go. */
export function MessagePage({ title, message }: { title: string; message: string }) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class="notice" role="alert">
        {message}
      </p>
      <p>
        <a href="/">Voir tous les événements</a>
      </p>
    </Layout>
  );
}
