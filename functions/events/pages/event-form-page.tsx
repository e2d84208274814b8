import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from '../share-image-rules.js';
import { SHARE_IMAGE_SCRIPT_PATH } from './share-image-script.js';
import type { HubEvent } from '../event.js';
import { EVENT_KINDS } from '../event.js';
import { KIND_LABELS } from './format.js';
import {
  CheckboxField,
  ErrorSummary,
  InputField,
  NoticeBox,
  SelectField,
  TextAreaField,
  type Notice,
} from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { FieldErrors } from '../../shared/errors.js';
import { adminPaths } from '../../admin/admin-links.js';
import { PublishButton } from '../../admin/dashboard-page.js';
import { STATUS_LABELS } from '../../admin/event-statuses.js';
import { EVENT_FORM_LABELS, englishCompleteness, type EventFormValues } from './event-form.js';

export interface EventFormPageProps {
  /** Absent: the creation form. */
  event?: HubEvent;
  values: EventFormValues;
  errors?: FieldErrors;
  notice?: Notice | undefined;
  /** A short-lived address of the event's share image, for staff to see it (a draft's is not public). */
  shareImagePreview?: string | undefined;
}

const KIND_OPTIONS = EVENT_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

/** Create or edit an event; after a refused post, what was typed comes back with the messages. */
export function EventFormPage({ event, values, errors = {}, notice, shareImagePreview }: EventFormPageProps) {
  const title = event ? `Modifier « ${event.title} »` : 'Nouvel événement';
  const field = { errors };
  return (
    <StaffLayout title={title} section={event ? undefined : adminPaths.newEvent}>
      <p>
        <a href={adminPaths.dashboard}>← Tableau de bord</a>
      </p>
      <h1>{title}</h1>
      {event ? <p class="meta">Statut : {STATUS_LABELS[event.status]}</p> : null}
      {event?.status === 'published' ? (
        <p class="hint">
          Si vous changez la date, le lieu ou le lien de connexion, chaque inscrit confirmé recevra une
          invitation mise à jour pour son agenda.
        </p>
      ) : null}
      <NoticeBox notice={notice} />
      <form method="post" action={event ? adminPaths.editEvent(event.id) : adminPaths.newEvent} novalidate>
        <ErrorSummary errors={errors} labels={EVENT_FORM_LABELS} />
        <p class="hint">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
        <SelectField
          name="kind"
          label="Type d’événement"
          required
          value={values.kind}
          options={KIND_OPTIONS}
          {...field}
        />
        <div class="languages">
          <fieldset>
            <legend>Français</legend>
            <InputField name="title" label="Titre" required value={values.title} {...field} />
            <InputField
              name="summary"
              label="Résumé"
              required
              value={values.summary}
              hint="Une ou deux phrases, affichées dans la liste des événements."
              {...field}
            />
            <TextAreaField
              name="description"
              label="Description"
              required
              rows={8}
              value={values.description}
              hint="Programme détaillé. Mise en forme Markdown : ## titre, - liste, **gras**."
              {...field}
            />
          </fieldset>
          <fieldset aria-describedby="anglais-complet">
            <legend>Anglais</legend>
            <p class="hint" id="anglais-complet">
              {englishCompleteness(values)}. Un champ vide montre le texte français sur les pages anglaises.
            </p>
            <InputField name="titleEn" label="Titre en anglais" value={values.titleEn} {...field} />
            <InputField name="summaryEn" label="Résumé en anglais" value={values.summaryEn} {...field} />
            <TextAreaField
              name="descriptionEn"
              label="Description en anglais"
              rows={8}
              value={values.descriptionEn}
              {...field}
            />
          </fieldset>
        </div>
        <fieldset>
          <legend>Dates, à l’heure de Paris</legend>
          <InputField
            name="startsAt"
            label="Début"
            type="datetime-local"
            required
            value={values.startsAt}
            {...field}
          />
          <InputField
            name="endsAt"
            label="Fin"
            type="datetime-local"
            required
            value={values.endsAt}
            {...field}
          />
          <InputField
            name="registrationClosesAt"
            label="Clôture des inscriptions"
            type="datetime-local"
            value={values.registrationClosesAt}
            hint="Vide : les inscriptions ferment au début de l’événement."
            {...field}
          />
        </fieldset>
        <fieldset>
          <legend>Lieu (journée technique, formation en présentiel)</legend>
          <p class="hint">Laissez vide pour un webinaire.</p>
          <InputField name="venueName" label="Nom du lieu" value={values.venueName} {...field} />
          <InputField
            name="venueAddress"
            label="Adresse"
            autocomplete="street-address"
            value={values.venueAddress}
            {...field}
          />
          <InputField name="venueCity" label="Ville" value={values.venueCity} {...field} />
        </fieldset>
        <fieldset>
          <legend>En ligne (webinaire, formation à distance)</legend>
          <InputField
            name="joinUrl"
            label="Lien de connexion"
            type="url"
            value={values.joinUrl}
            hint="Adresse https. Jamais affichée sur le site : envoyée aux seuls inscrits confirmés."
            {...field}
          />
        </fieldset>
        <fieldset>
          <legend>Places</legend>
          <InputField
            name="capacity"
            label="Nombre de places"
            inputmode="numeric"
            value={values.capacity}
            hint="Vide : places illimitées."
            {...field}
          />
          <CheckboxField
            name="waitlist"
            label="Ouvrir une liste d’attente quand l’événement est complet"
            checked={values.waitlist === 'on' || values.waitlist === 'true'}
          />
        </fieldset>
        <TextAreaField
          name="speakers"
          label="Intervenants"
          rows={3}
          value={values.speakers}
          hint="Un nom par ligne."
          {...field}
        />
        <InputField name="organiser" label="Organisation" value={values.organiser} {...field} />
        <div class="actions">
          <button type="submit">
            {event ? 'Enregistrer les modifications' : 'Enregistrer le brouillon'}
          </button>
          <a href={adminPaths.dashboard}>Abandonner</a>
        </div>
      </form>
      {event && event.status !== 'cancelled' ? (
        <ShareImageSection event={event} preview={shareImagePreview} />
      ) : null}
      {event ? <EventActions event={event} /> : null}
    </StaffLayout>
  );
}

function EventActions({ event }: { event: HubEvent }) {
  return (
    <section aria-labelledby="actions-titre">
      <h2 id="actions-titre">Autres actions</h2>
      <div class="actions">
        {event.status === 'draft' ? <PublishButton event={event} /> : null}
        <a href={adminPaths.registrations(event.id)}>Voir les inscriptions</a>
        {event.status !== 'cancelled' ? (
          <a href={adminPaths.programme(event.id)}>Programme et intervenants</a>
        ) : null}
        {event.status === 'published' ? (
          <a href={`/evenements/${event.slug}`}>Voir la page publique</a>
        ) : null}
        {event.status !== 'cancelled' ? (
          <a href={adminPaths.cancelEvent(event.id)}>Annuler l’événement…</a>
        ) : null}
      </div>
    </section>
  );
}

/** The image link previews show (LinkedIn, messaging apps): sent by the script, removed by a plain form. */
function ShareImageSection({ event, preview }: { event: HubEvent; preview: string | undefined }) {
  const api = `/api/admin/events/${encodeURIComponent(event.id)}/share-image`;
  return (
    <section aria-labelledby="image-partage-titre">
      <h2 id="image-partage-titre">Image de partage</h2>
      <p class="hint">
        Montrée par les aperçus de lien (réseaux sociaux, messageries) : une image PNG ou JPEG d’exactement{' '}
        {SHARE_IMAGE_WIDTH} × {SHARE_IMAGE_HEIGHT} pixels. Sans elle, les aperçus montrent l’image du hub.
      </p>
      {event.shareImage && preview ? (
        <img
          class="share-image-preview"
          src={preview}
          alt="Image de partage actuelle de l’événement"
          width={SHARE_IMAGE_WIDTH / 2}
          height={SHARE_IMAGE_HEIGHT / 2}
        />
      ) : (
        <p>Aucune image propre à cet événement pour l’instant.</p>
      )}
      <form
        id="image-partage"
        data-api={api}
        data-done={`${adminPaths.editEvent(event.id)}?fait=image`}
        method="post"
        action="#"
      >
        <p class="hint sans-js">L’envoi de l’image demande JavaScript (envoi direct vers le stockage).</p>
        <fieldset disabled>
          <legend>{event.shareImage ? 'Remplacer l’image' : 'Ajouter une image'}</legend>
          <div class="field">
            <label for="image-partage-fichier">
              Image PNG ou JPEG, {SHARE_IMAGE_WIDTH} × {SHARE_IMAGE_HEIGHT} pixels
            </label>
            <input type="file" id="image-partage-fichier" name="image" accept="image/png,image/jpeg" />
          </div>
          <button type="submit">Envoyer l’image</button>
          <p id="image-partage-etat" role="status" aria-live="polite"></p>
        </fieldset>
      </form>
      {event.shareImage ? (
        <form
          method="post"
          action={`/admin/evenements/${encodeURIComponent(event.id)}/image-partage/retirer`}
        >
          <button type="submit">Retirer l’image (revenir à celle du hub)</button>
        </form>
      ) : null}
      <script src={SHARE_IMAGE_SCRIPT_PATH} defer></script>
    </section>
  );
}
