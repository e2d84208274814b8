import { Layout } from '../../pages/layout.js';
import { pagePath, pageText } from '../../pages/page-text.js';

export interface SignInPageProps {
  email?: string;
  error?: string;
}

/** The staff sign-in form: one e-mail field, no password. */
export function SignInPage({ email, error }: SignInPageProps) {
  const text = pageText();
  return (
    <Layout title={text.signIn.title}>
      <h1>{text.signIn.title}</h1>
      <p>{text.signIn.intro}</p>
      <form method="post" action={pagePath('/connexion')} novalidate>
        <div class="field">
          <label for="email">{text.signIn.email}</label>
          {error ? (
            <p class="error" id="email-error">
              {text.translate(error)}
            </p>
          ) : null}
          <input
            type="email"
            id="email"
            name="email"
            autocomplete="email"
            required
            value={email ?? ''}
            {...(error ? { 'aria-invalid': 'true', 'aria-describedby': 'email-error' } : {})}
          />
        </div>
        <button type="submit">{text.signIn.submit}</button>
      </form>
    </Layout>
  );
}

export function LinkSentPage() {
  const text = pageText().signIn;
  return (
    <Layout title={text.sentTitle}>
      <h1>{text.sentTitle}</h1>
      <p class="notice" role="status">
        {text.sentText}
      </p>
      <p>
        {text.nothingReceived} <a href={pagePath('/connexion')}>{text.askAgain}</a>.
      </p>
    </Layout>
  );
}

/**
 * What the mail's link opens. Mail scanners open links too, so opening it uses nothing up: only this
 * button, a form post from the hub's own page, signs in.
 */
export function ConfirmSignInPage({ token }: { token: string }) {
  return (
    <Layout title="Se connecter">
      <h1>Se connecter au hub</h1>
      <p>Ce lien de connexion ne sert qu’une fois. Appuyez sur le bouton pour ouvrir votre session.</p>
      <form method="post" action="/auth/callback">
        <input type="hidden" name="token" value={token} />
        <button type="submit">Me connecter</button>
      </form>
    </Layout>
  );
}

/** A link that was already used, has expired or never existed: the same words for all three. */
export function InvalidLinkPage() {
  return (
    <Layout title="Lien de connexion invalide">
      <h1>Ce lien de connexion n’est plus valable</h1>
      <p>
        Un lien de connexion ne sert qu’une fois et expire au bout de 15 minutes. Il a peut-être déjà été
        utilisé, ou il est incomplet.
      </p>
      <p>
        <a class="button" href="/connexion">
          Demander un nouveau lien
        </a>
      </p>
    </Layout>
  );
}
