import { Layout } from '../../pages/layout.js';

export interface SignInPageProps {
  email?: string;
  error?: string;
}

/** The staff sign-in form: one e-mail field, no password. */
export function SignInPage({ email, error }: SignInPageProps) {
  return (
    <Layout title="Connexion de l’équipe">
      <h1>Connexion de l’équipe</h1>
      <p>
        Saisissez votre adresse professionnelle : si elle fait partie de l’équipe, vous recevrez un lien de
        connexion valable 15 minutes.
      </p>
      <form method="post" action="/connexion" novalidate>
        <div class="field">
          <label for="email">Adresse e-mail</label>
          {error ? (
            <p class="error" id="email-error">
              {error}
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
        <button type="submit">Recevoir un lien de connexion</button>
      </form>
    </Layout>
  );
}

export function LinkSentPage() {
  return (
    <Layout title="Vérifiez votre messagerie">
      <h1>Vérifiez votre messagerie</h1>
      <p class="notice" role="status">
        Si cette adresse est autorisée, un lien de connexion vient de lui être envoyé (valable 15 minutes).
      </p>
      <p>
        Rien reçu ? Vérifiez les courriers indésirables, puis{' '}
        <a href="/connexion">demandez un nouveau lien</a>.
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
