import { Layout } from '../../pages/layout.js';
import { ErrorSummary, FieldError } from '../../pages/form-fields.js';
import type { FieldErrors } from '../../shared/errors.js';
import { NEWSLETTER_PATHS } from '../newsletter-links.js';
import { currentLanguage } from '../../pages/page-address.js';
import { pagePath, pageText, pageUrl } from '../../pages/page-text.js';
import type { Subscriber, Topic } from '../subscriber.js';

const SUBSCRIBE_ACTION = '/api/newsletter/subscriptions';

function TopicChoices({ topics, chosen }: { topics: Topic[]; chosen: string[] }) {
  return (
    <fieldset id="topics" tabindex={-1}>
      <legend>{pageText().newsletter.topics}</legend>
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
  const text = pageText().newsletter;
  const language = currentLanguage();
  return (
    <Layout title={text.pageTitle}>
      <h1>{text.heading}</h1>
      <p>{text.intro}</p>
      {/* The summary links each message to its field; the topics link to their group. */}
      <ErrorSummary errors={errors} labels={text.fields} />
      <form method="post" action={SUBSCRIBE_ACTION}>
        {/* The form posts to the API: this field says which page it came from (answer and mails follow it). */}
        {language === 'fr' ? null : <input type="hidden" name="language" value={language} />}
        <div class="field">
          <label for="email">{text.email}</label>
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
          <label for="firstName">{text.firstName}</label>
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
          <label for="consent">{text.consent}</label>
        </p>
        <p class="checkbox">
          <input type="checkbox" id="tracking" name="tracking" checked={form?.values.tracking ?? false} />{' '}
          <label for="tracking">{text.tracking}</label>
        </p>
        <button type="submit">{text.subscribe}</button>
      </form>
    </Layout>
  );
}

export function CheckInboxPage({ email }: { email: string }) {
  const text = pageText().newsletter;
  return (
    <Layout title={text.checkInboxTitle}>
      <h1>{text.checkInboxTitle}</h1>
      <p role="status">{text.checkInboxText(email)}</p>
    </Layout>
  );
}

export function ConfirmPage({ token, email, topics }: { token: string; email: string; topics: Topic[] }) {
  const text = pageText().newsletter;
  return (
    <Layout title={text.confirmTitle}>
      <h1>{text.confirmTitle}</h1>
      <p>{text.confirmText(email, topics.map((topic) => topic.name).join(', '))}</p>
      <form method="post" action={pagePath(NEWSLETTER_PATHS.confirm)}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">{text.confirmTitle}</button>
      </form>
    </Layout>
  );
}

export function ConfirmedPage({ email, preferencesUrl }: { email: string; preferencesUrl: string }) {
  const text = pageText().newsletter;
  return (
    <Layout title={text.confirmedTitle}>
      <h1>{text.confirmedTitle}</h1>
      <p role="status">{text.confirmedText(email)}</p>
      <p>
        <a href={pageUrl(preferencesUrl)}>{text.managePreferences}</a>
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
  const text = pageText().newsletter;
  return (
    <Layout title={text.preferencesTitle}>
      <h1>{text.preferencesTitle}</h1>
      {saved ? (
        <p class="notice" role="status">
          {text.saved}
        </p>
      ) : null}
      <p>{text.subscriptionOf(subscriber.email)}</p>
      <form method="post" action={pagePath(NEWSLETTER_PATHS.preferences)}>
        <input type="hidden" name="token" value={token} />
        <TopicChoices topics={topics} chosen={subscriber.topics} />
        <p class="checkbox">
          <input type="checkbox" id="tracking" name="tracking" checked={subscriber.tracking} />{' '}
          <label for="tracking">{text.tracking}</label>
        </p>
        <button type="submit">{text.save}</button>
      </form>
      <h2>{text.unsubscribeTitle}</h2>
      <form
        method="post"
        action={`${pagePath(NEWSLETTER_PATHS.unsubscribe)}?token=${encodeURIComponent(token)}`}
      >
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit" class="danger">
          {text.unsubscribeAll}
        </button>
      </form>
    </Layout>
  );
}

/** Shown by the List-Unsubscribe URL on GET: nothing changes until the button is pressed. */
export function UnsubscribePage({ token }: { token: string }) {
  const text = pageText().newsletter;
  return (
    <Layout title={text.unsubscribeTitle}>
      <h1>{text.unsubscribeTitle}</h1>
      <p>{text.unsubscribeText}</p>
      <form
        method="post"
        action={`${pagePath(NEWSLETTER_PATHS.unsubscribe)}?token=${encodeURIComponent(token)}`}
      >
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit" class="danger">
          {text.confirmUnsubscribe}
        </button>
      </form>
    </Layout>
  );
}

export function UnsubscribedPage({ email }: { email: string }) {
  const text = pageText().newsletter;
  return (
    <Layout title={text.unsubscribedTitle}>
      <h1>{text.unsubscribedTitle}</h1>
      <p role="status">
        {text.unsubscribedText(email)}
        <a href={pagePath(NEWSLETTER_PATHS.page)}>{text.pageTitle}</a>.
      </p>
    </Layout>
  );
}
