import { Layout } from '../../pages/layout.js';
import { ErrorSummary, FieldError } from '../../pages/form-fields.js';
import type { FieldErrors } from '../../shared/errors.js';
import { NEWSLETTER_CONSENT_TEXT, TRACKING_CONSENT_TEXT } from '../newsletter-rules.js';
import { NEWSLETTER_PATHS } from '../newsletter-links.js';
import type { Subscriber, Topic } from '../subscriber.js';

const SUBSCRIBE_ACTION = '/api/newsletter/subscriptions';

/** The summary links each message to its field; the topics link to their group. */
const SUBSCRIBE_LABELS = {
  email: 'Adresse e-mail',
  firstName: 'Prénom',
  topics: 'Thèmes',
  consent: 'Consentement',
};

function TopicChoices({ topics, chosen }: { topics: Topic[]; chosen: string[] }) {
  return (
    <fieldset id="topics" tabindex={-1}>
      <legend>Thèmes</legend>
      {topics.map((topic) => (
        <p class="checkbox">
          <input
            type="checkbox"
            id={`theme-${topic.slug}`}
            name="topics"
            value={topic.slug}
            checked={chosen.includes(topic.slug)}
          />{' '}
          <label for={`theme-${topic.slug}`}>{topic.name}</label>
        </p>
      ))}
    </fieldset>
  );
}

export interface SubscribeFormState {
  values: { email?: string; firstName?: string; topics?: string[]; consent?: boolean; tracking?: boolean };
  errors: FieldErrors;
}

export function SubscribePage({ topics, form }: { topics: Topic[]; form?: SubscribeFormState }) {
  const errors = form?.errors ?? {};
  const invalid = (field: string) => (errors[field]?.length ? ('true' as const) : undefined);
  const described = (field: string) => (errors[field]?.length ? `${field}-erreur` : undefined);
  return (
    <Layout title="Lettre d’information">
      <h1>Recevoir la lettre d’information</h1>
      <p>Choisissez vos thèmes : vous recevrez un e-mail pour confirmer votre abonnement.</p>
      <ErrorSummary errors={errors} labels={SUBSCRIBE_LABELS} />
      <form method="post" action={SUBSCRIBE_ACTION}>
        <div class="field">
          <label for="email">Adresse e-mail</label>
          <input
            type="email"
            id="email"
            name="email"
            required
            autocomplete="email"
            aria-invalid={invalid('email')}
            aria-describedby={described('email')}
            value={form?.values.email ?? ''}
          />
          <FieldError id="email-erreur" messages={errors['email']} />
        </div>
        <div class="field">
          <label for="firstName">Prénom (facultatif)</label>
          <input
            type="text"
            id="firstName"
            name="firstName"
            autocomplete="given-name"
            aria-invalid={invalid('firstName')}
            aria-describedby={described('firstName')}
            value={form?.values.firstName ?? ''}
          />
          <FieldError id="firstName-erreur" messages={errors['firstName']} />
        </div>
        <TopicChoices topics={topics} chosen={form?.values.topics ?? []} />
        <p class="checkbox">
          <input
            type="checkbox"
            id="consent"
            name="consent"
            required
            aria-invalid={invalid('consent')}
            checked={form?.values.consent ?? false}
          />{' '}
          <label for="consent">{NEWSLETTER_CONSENT_TEXT}</label>
        </p>
        <p class="checkbox">
          <input type="checkbox" id="tracking" name="tracking" checked={form?.values.tracking ?? false} />{' '}
          <label for="tracking">{TRACKING_CONSENT_TEXT}</label>
        </p>
        <button type="submit">M’abonner</button>
      </form>
    </Layout>
  );
}

export function CheckInboxPage({ email }: { email: string }) {
  return (
    <Layout title="Vérifiez votre boîte mail">
      <h1>Vérifiez votre boîte mail</h1>
      <p role="status">
        Si l’adresse {email} peut recevoir la lettre, un e-mail de confirmation vient de lui être envoyé.
        Votre abonnement ne commencera qu’après avoir cliqué sur le lien qu’il contient.
      </p>
    </Layout>
  );
}

export function ConfirmPage({ token, email, topics }: { token: string; email: string; topics: Topic[] }) {
  return (
    <Layout title="Confirmer mon abonnement">
      <h1>Confirmer mon abonnement</h1>
      <p>
        Abonnement de {email} aux thèmes : {topics.map((topic) => topic.name).join(', ')}.
      </p>
      <form method="post" action={NEWSLETTER_PATHS.confirm}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">Confirmer mon abonnement</button>
      </form>
    </Layout>
  );
}

export function ConfirmedPage({ email, preferencesUrl }: { email: string; preferencesUrl: string }) {
  return (
    <Layout title="Abonnement confirmé">
      <h1>Abonnement confirmé</h1>
      <p role="status">Merci : l’adresse {email} recevra la lettre d’information de la filière.</p>
      <p>
        <a href={preferencesUrl}>Gérer mes préférences</a>
      </p>
    </Layout>
  );
}

export function PreferencesPage({
  token,
  subscriber,
  topics,
  saved,
}: {
  token: string;
  subscriber: Subscriber;
  topics: Topic[];
  saved?: boolean;
}) {
  if (subscriber.status !== 'confirmed') return <UnsubscribedPage email={subscriber.email} />;
  return (
    <Layout title="Mes préférences">
      <h1>Mes préférences</h1>
      {saved ? (
        <p class="notice" role="status">
          Vos préférences sont enregistrées.
        </p>
      ) : null}
      <p>Abonnement de {subscriber.email}.</p>
      <form method="post" action={NEWSLETTER_PATHS.preferences}>
        <input type="hidden" name="token" value={token} />
        <TopicChoices topics={topics} chosen={subscriber.topics} />
        <p class="checkbox">
          <input type="checkbox" id="tracking" name="tracking" checked={subscriber.tracking} />{' '}
          <label for="tracking">{TRACKING_CONSENT_TEXT}</label>
        </p>
        <button type="submit">Enregistrer</button>
      </form>
      <h2>Se désabonner</h2>
      <form method="post" action={`${NEWSLETTER_PATHS.unsubscribe}?token=${encodeURIComponent(token)}`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit" class="danger">
          Me désabonner de toutes les lettres
        </button>
      </form>
    </Layout>
  );
}

/** Shown by the List-Unsubscribe URL on GET: nothing changes until the button is pressed. */
export function UnsubscribePage({ token }: { token: string }) {
  return (
    <Layout title="Se désabonner">
      <h1>Se désabonner</h1>
      <p>Vous ne recevrez plus aucune lettre ni campagne d’information de la filière.</p>
      <form method="post" action={`${NEWSLETTER_PATHS.unsubscribe}?token=${encodeURIComponent(token)}`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit" class="danger">
          Confirmer le désabonnement
        </button>
      </form>
    </Layout>
  );
}

export function UnsubscribedPage({ email }: { email: string }) {
  return (
    <Layout title="Désabonnement enregistré">
      <h1>Désabonnement enregistré</h1>
      <p role="status">
        L’adresse {email} ne recevra plus la lettre d’information. Vous pouvez vous réabonner à tout moment
        depuis la page <a href={NEWSLETTER_PATHS.page}>Lettre d’information</a>.
      </p>
    </Layout>
  );
}
