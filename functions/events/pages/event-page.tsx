import { FieldError } from '../../pages/form-fields.js';
import { Layout } from '../../pages/layout.js';
import type { HubEvent } from '../event.js';
import {
  effectiveStatus,
  isFullWithoutWaitlist,
  registrationAvailability,
  seatsLeft,
} from '../events-rules.js';
import { localDescriptionHtml } from '../description-html.js';
import { formatEventDates, kindLabel, seatsLabel } from './format.js';
import type { RegistrationFormState } from '../../registrations/registration-form.js';
import { JsonLd } from '../../pages/json-ld.js';
import { hubUrl, currentLanguage, currentPageAddress } from '../../pages/page-address.js';
import { contentText, pagePath, pageText } from '../../pages/page-text.js';
import { eventStructuredData } from '../event-structured-data.js';
import { eventPageShareImage } from '../share-image-rules.js';
import { SHARE_IMAGE } from '../../pages/share-image.js';
import type { PublicSession } from '../../programme/session.js';
import {
  ProgrammeTimetable,
  programmeSpeakers,
  speakerLabel,
} from '../../programme/pages/programme-timetable.js';

export interface EventPageProps {
  event: HubEvent;
  now: Date;
  /** The programme's sessions (consenting speakers only); none: the event's free-text speakers are shown. */
  programme?: PublicSession[];
  /** After a refused post: what was typed, the messages beside the fields, a message for the form. */
  form?: RegistrationFormState;
}

/** The public page of an event, with its registration form. Never shows the join URL. */
export function EventPage({ event, now, form, programme = [] }: EventPageProps) {
  const status = effectiveStatus(event, now);
  const path = eventPagePath(event);
  const image = eventPageShareImage(event);
  const text = pageText();
  const title = contentText(event, 'title');
  const summary = contentText(event, 'summary');
  const description = localDescriptionHtml(event, currentLanguage());
  // An event with a programme names the programme's speakers, not the free-text list.
  const speakers = programme.length ? programmeSpeakers(programme).map(speakerLabel) : (event.speakers ?? []);
  return (
    <Layout
      title={title.text}
      description={summary.text}
      shareType="article"
      canonicalPath={path}
      shareImage={image}
      head={
        <EventJsonLd
          event={event}
          now={now}
          path={path}
          imagePath={(image ?? SHARE_IMAGE).path}
          programme={programme}
        />
      }
    >
      <p>
        <a href={pagePath('/')}>{text.events.allEvents}</a>
      </p>
      <article>
        <p class="badge">{kindLabel(event.kind)}</p>
        <h1 lang={title.lang}>{title.text}</h1>
        {status === 'cancelled' ? <p class="notice">{text.events.cancelled}</p> : null}
        {status === 'completed' ? <p class="notice">{text.events.completed}</p> : null}
        <p lang={summary.lang}>{summary.text}</p>
        <dl class="meta">
          <dt>{text.events.when}</dt>
          <dd>
            {formatEventDates(event)} ({text.dates.parisTime})
          </dd>
          <dt>{text.events.where}</dt>
          <dd>
            {event.venue ? (
              <>
                {event.venue.name}, {event.venue.address}, {event.venue.city}
              </>
            ) : null}
            {event.venue && event.joinUrl ? <br /> : null}
            {event.joinUrl ? text.events.onlineNote : null}
          </dd>
          {speakers.length ? (
            <>
              <dt>{text.events.speakers(speakers.length)}</dt>
              <dd>{programme.length ? speakers.join(' ; ') : speakers.join(', ')}</dd>
            </>
          ) : null}
          {event.organiser ? (
            <>
              <dt>{text.events.organiser}</dt>
              <dd>{event.organiser}</dd>
            </>
          ) : null}
          <dt>{text.events.seats}</dt>
          <dd>{seatsLabel(event)}</dd>
        </dl>
        <section aria-labelledby="description-titre">
          <h2 id="description-titre">{programme.length ? 'Présentation' : text.events.programme}</h2>
          <div lang={description.lang} dangerouslySetInnerHTML={{ __html: description.html }} />
        </section>
        {programme.length ? (
          <ProgrammeTimetable slug={event.slug} sessions={programme} calendars={status !== 'cancelled'} />
        ) : null}
        <Registration event={event} now={now} form={form} />
      </article>
    </Layout>
  );
}

function eventPagePath(event: HubEvent): string {
  return `/evenements/${encodeURIComponent(event.slug)}`;
}

/** Rendered inside the page, where its address (the hub's base URL) is known. */
function EventJsonLd(props: {
  event: HubEvent;
  now: Date;
  path: string;
  imagePath: string;
  programme: PublicSession[];
}) {
  const { event, now, path, imagePath, programme } = props;
  const address = currentPageAddress();
  if (!address) return null;
  const data = eventStructuredData(event, {
    pageUrl: hubUrl(address.baseUrl, pagePath(path)),
    imageUrl: hubUrl(address.baseUrl, imagePath),
    organizer: { name: pageText().share.siteName, url: hubUrl(address.baseUrl, pagePath('/')) },
    now,
    programme,
  });
  return <JsonLd data={data} />;
}

function Registration({ event, now, form }: EventPageProps) {
  const text = pageText();
  const availability = registrationAvailability(event, now);
  const closedMessage = !availability.open
    ? text.translate(availability.message)
    : isFullWithoutWaitlist(event)
      ? text.registration.fullNoWaitlist
      : undefined;
  return (
    <section aria-labelledby="inscription-titre">
      <h2 id="inscription-titre">{text.registration.title}</h2>
      {closedMessage ? (
        <p class="notice">{closedMessage}</p>
      ) : (
        <RegistrationForm event={event} now={now} form={form} />
      )}
    </section>
  );
}

function RegistrationForm({ event, form }: EventPageProps) {
  const text = pageText();
  const labels = text.registration.fields;
  const errors = form?.errors ?? {};
  const values = form?.values ?? {};
  const erroneous = Object.entries(errors).filter(([, messages]) => messages.length);
  const full = seatsLeft(event) === 0;
  const language = currentLanguage();
  return (
    <form method="post" action={`/api/events/${encodeURIComponent(event.slug)}/registrations`} novalidate>
      {/* The form posts to the API: this field says which page it came from (answer and mails follow it). */}
      {language === 'fr' ? null : <input type="hidden" name="language" value={language} />}
      {erroneous.length ? (
        <div class="error-summary" role="alert" aria-labelledby="erreurs-titre" tabindex={-1}>
          <h3 id="erreurs-titre">{text.registration.errorsTitle}</h3>
          <ul>
            {erroneous.map(([field, messages]) =>
              field in labels ? (
                <li>
                  <a href={`#${field}`}>
                    {labels[field]}
                    {text.fieldSeparator}
                    {messages.map(text.translate).join(' ')}
                  </a>
                </li>
              ) : (
                <li>{messages.map(text.translate).join(' ')}</li>
              ),
            )}
          </ul>
        </div>
      ) : null}
      {form?.message ? (
        <p class="notice" role="status">
          {text.translate(form.message)}
        </p>
      ) : null}
      {full ? <p class="notice">{text.registration.waitlistNotice}</p> : null}
      {event.registrationClosesAt ? (
        <p class="hint">{text.registration.openUntil(text.dates.dateTime(event.registrationClosesAt))}</p>
      ) : null}
      <p class="hint">{text.registration.requiredHint}</p>
      <TextField name="firstName" label={labels.firstName!} required autocomplete="given-name" form={form} />
      <TextField name="lastName" label={labels.lastName!} required autocomplete="family-name" form={form} />
      <TextField name="email" label={labels.email!} type="email" required autocomplete="email" form={form} />
      <TextField name="organisation" label={labels.organisation!} autocomplete="organization" form={form} />
      <TextField name="role" label={labels.role!} autocomplete="organization-title" form={form} />
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
        <label for="consent">{text.registration.consent} *</label>
        <p class="hint">
          <a href={pagePath('/donnees-personnelles')}>{text.registration.aboutData}</a>
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
        <label for="newsletter">{text.registration.newsletterOptIn}</label>
      </div>
      <button type="submit">
        {full ? text.registration.registerOnWaitlist : text.registration.register}
      </button>
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
        {required ? ' *' : pageText().registration.optional}
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
