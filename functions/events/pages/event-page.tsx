import { FieldError } from '../../pages/form-fields.js';
import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../event.js';
import {
  effectiveStatus,
  isFullWithoutWaitlist,
  registrationAvailability,
  seatsLeft,
} from '../events-rules.js';
import { descriptionHtmlOf } from '../description-html.js';
import { KIND_LABELS, formatEventDates, seatsLabel } from './format.js';
import { frenchDateTime } from '../../shared/paris-dates.js';
import type { RegistrationFormState } from '../../registrations/registration-form.js';
import { CONSENT_TEXT, NEWSLETTER_TEXT } from '../../registrations/registration-rules.js';
import { JsonLd } from '../../pages/json-ld.js';
import { hubUrl, currentPageAddress } from '../../pages/page-address.js';
import { SITE_NAME } from '../../pages/share-meta.js';
import { eventStructuredData } from '../event-structured-data.js';
import { eventPageShareImage } from '../share-image-rules.js';
import { SHARE_IMAGE } from '../../pages/share-image.js';

export interface EventPageProps {
  event: HubEvent;
  now: Date;
  /** After a refused post: what was typed, the messages beside the fields, a message for the form. */
  form?: RegistrationFormState;
}

/** The public page of an event, with its registration form. Never shows the join URL. */
export function EventPage({ event, now, form }: EventPageProps) {
  const status = effectiveStatus(event, now);
  const path = eventPagePath(event);
  const image = eventPageShareImage(event);
  return (
    <Layout
      title={event.title}
      description={event.summary}
      shareType="article"
      canonicalPath={path}
      shareImage={image}
      head={<EventJsonLd event={event} now={now} path={path} imagePath={(image ?? SHARE_IMAGE).path} />}
    >
      <p>
        <a href="/">← Tous les événements</a>
      </p>
      <article>
        <p class="badge">{KIND_LABELS[event.kind]}</p>
        <h1>{event.title}</h1>
        {status === 'cancelled' ? <p class="notice">Cet événement a été annulé.</p> : null}
        {status === 'completed' ? <p class="notice">Cet événement est terminé.</p> : null}
        <p>{event.summary}</p>
        <dl class="meta">
          <dt>Quand</dt>
          <dd>{formatEventDates(event)} (heure de Paris)</dd>
          <dt>Où</dt>
          <dd>
            {event.venue ? (
              <>
                {event.venue.name}, {event.venue.address}, {event.venue.city}
              </>
            ) : null}
            {event.venue && event.joinUrl ? <br /> : null}
            {event.joinUrl ? 'En ligne : le lien de connexion est envoyé aux inscrits confirmés.' : null}
          </dd>
          {event.speakers?.length ? (
            <>
              <dt>{event.speakers.length > 1 ? 'Intervenants' : 'Intervenant'}</dt>
              <dd>{event.speakers.join(', ')}</dd>
            </>
          ) : null}
          {event.organiser ? (
            <>
              <dt>Organisation</dt>
              <dd>{event.organiser}</dd>
            </>
          ) : null}
          <dt>Places</dt>
          <dd>{seatsLabel(event)}</dd>
        </dl>
        <section aria-labelledby="description-titre">
          <h2 id="description-titre">Programme</h2>
          <div dangerouslySetInnerHTML={{ __html: descriptionHtmlOf(event) }} />
        </section>
        <Registration event={event} now={now} form={form} />
      </article>
    </Layout>
  );
}

function eventPagePath(event: HubEvent): string {
  return `/evenements/${encodeURIComponent(event.slug)}`;
}

/** Rendered inside the page, where its address (the hub's base URL) is known. */
function EventJsonLd(props: { event: HubEvent; now: Date; path: string; imagePath: string }) {
  const { event, now, path, imagePath } = props;
  const address = currentPageAddress();
  if (!address) return null;
  const data = eventStructuredData(event, {
    pageUrl: hubUrl(address.baseUrl, path),
    imageUrl: hubUrl(address.baseUrl, imagePath),
    organizer: { name: SITE_NAME, url: hubUrl(address.baseUrl, '/') },
    now,
  });
  return <JsonLd data={data} />;
}

function Registration({ event, now, form }: EventPageProps) {
  const availability = registrationAvailability(event, now);
  const closedMessage = !availability.open
    ? availability.message
    : isFullWithoutWaitlist(event)
      ? 'Cet événement est complet : les inscriptions ne sont plus possibles.'
      : undefined;
  return (
    <section aria-labelledby="inscription-titre">
      <h2 id="inscription-titre">Inscription</h2>
      {closedMessage ? (
        <p class="notice">{closedMessage}</p>
      ) : (
        <RegistrationForm event={event} now={now} form={form} />
      )}
    </section>
  );
}

const FIELD_LABELS: Record<string, string> = {
  firstName: 'Prénom',
  lastName: 'Nom',
  email: 'Adresse e-mail',
  organisation: 'Organisation',
  role: 'Fonction',
  consent: 'Consentement',
  newsletter: 'Lettre d’information',
};

function RegistrationForm({ event, form }: EventPageProps) {
  const errors = form?.errors ?? {};
  const values = form?.values ?? {};
  const erroneous = Object.entries(errors).filter(([, messages]) => messages.length);
  const full = seatsLeft(event) === 0;
  return (
    <form method="post" action={`/api/events/${encodeURIComponent(event.slug)}/registrations`} novalidate>
      {erroneous.length ? (
        <div class="error-summary" role="alert" aria-labelledby="erreurs-titre" tabindex={-1}>
          <h3 id="erreurs-titre">Le formulaire contient des erreurs</h3>
          <ul>
            {erroneous.map(([field, messages]) =>
              field in FIELD_LABELS ? (
                <li>
                  <a href={`#${field}`}>
                    {FIELD_LABELS[field]} : {messages.join(' ')}
                  </a>
                </li>
              ) : (
                <li>{messages.join(' ')}</li>
              ),
            )}
          </ul>
        </div>
      ) : null}
      {form?.message ? (
        <p class="notice" role="status">
          {form.message}
        </p>
      ) : null}
      {full ? (
        <p class="notice">
          L’événement est complet : votre inscription sera placée sur liste d’attente, et vous recevrez un
          e-mail si une place se libère.
        </p>
      ) : null}
      {event.registrationClosesAt ? (
        <p class="hint">Inscriptions ouvertes jusqu’au {frenchDateTime(event.registrationClosesAt)}.</p>
      ) : null}
      <p class="hint">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <TextField name="firstName" label="Prénom" required autocomplete="given-name" form={form} />
      <TextField name="lastName" label="Nom" required autocomplete="family-name" form={form} />
      <TextField name="email" label="Adresse e-mail" type="email" required autocomplete="email" form={form} />
      <TextField name="organisation" label="Organisation" autocomplete="organization" form={form} />
      <TextField name="role" label="Fonction" autocomplete="organization-title" form={form} />
      <div class="field checkbox">
        <input
          type="checkbox"
          id="consent"
          name="consent"
          value="true"
          required
          checked={values.consent === true}
          aria-invalid={errors['consent']?.length ? 'true' : undefined}
          aria-describedby={errors['consent']?.length ? 'consent-erreur' : undefined}
        />{' '}
        <label for="consent">{CONSENT_TEXT} *</label>
        <p class="hint">
          <a href="/donnees-personnelles">En savoir plus sur vos données personnelles</a>
        </p>
        <FieldError id="consent-erreur" messages={form?.errors['consent']} />
      </div>
      <div class="field checkbox">
        <input
          type="checkbox"
          id="newsletter"
          name="newsletter"
          value="true"
          checked={values.newsletter === true}
        />{' '}
        <label for="newsletter">{NEWSLETTER_TEXT}</label>
      </div>
      <button type="submit">{full ? 'M’inscrire sur la liste d’attente' : 'M’inscrire'}</button>
    </form>
  );
}

interface TextFieldProps {
  name: 'firstName' | 'lastName' | 'email' | 'organisation' | 'role';
  label: string;
  type?: 'text' | 'email';
  required?: boolean;
  autocomplete: string;
  form: RegistrationFormState | undefined;
}

function TextField({ name, label, type = 'text', required, autocomplete, form }: TextFieldProps) {
  const invalid = Boolean(form?.errors[name]?.length);
  return (
    <div class="field">
      <label for={name}>
        {label}
        {required ? ' *' : ' (facultatif)'}
      </label>
      <input
        type={type}
        id={name}
        name={name}
        value={form?.values[name] ?? ''}
        required={required}
        autocomplete={autocomplete}
        spellcheck={type === 'email' ? false : undefined}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? `${name}-erreur` : undefined}
      />
      <FieldError id={`${name}-erreur`} messages={form?.errors[name]} />
    </div>
  );
}
