import type { HubEvent } from '../../events/event.js';
import {
  ErrorSummary,
  FieldError,
  InputField,
  NoticeBox,
  TextAreaField,
  type Notice,
} from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { FieldErrors } from '../../shared/errors.js';
import { frenchTime, parisShortDate } from '../../shared/paris-dates.js';
import { adminPaths } from '../../admin/admin-links.js';
import type { Speaker } from '../../speakers/speaker.js';
import type { ProgrammeSession } from '../session.js';
import { SESSION_FORM_LABELS, type SessionFormValues } from './session-form.js';

export const programmePaths = {
  programme: adminPaths.programme,
  session: (eventId: string, sessionId: string) =>
    `/admin/evenements/${encodeURIComponent(eventId)}/programme/${encodeURIComponent(sessionId)}`,
  removeSession: (eventId: string, sessionId: string) =>
    `/admin/evenements/${encodeURIComponent(eventId)}/programme/${encodeURIComponent(sessionId)}/retirer`,
};

export interface ProgrammePageProps {
  event: HubEvent;
  sessions: ProgrammeSession[];
  speakers: Speaker[];
  values: SessionFormValues;
  errors?: FieldErrors;
  notice?: Notice | undefined;
}

/** An event's programme for staff: the sessions by time, each editable, and the form that adds one. */
export function ProgrammePage({
  event,
  sessions,
  speakers,
  values,
  errors = {},
  notice,
}: ProgrammePageProps) {
  const names = new Map(speakers.map((speaker) => [speaker.id, speaker.name]));
  const title = `Programme de « ${event.title} »`;
  return (
    <StaffLayout title={title}>
      <p>
        <a href={adminPaths.editEvent(event.id)}>← L’événement</a>
      </p>
      <h1>{title}</h1>
      <p class="hint">
        Les sessions sont rangées par heure de début (heure de Paris) : pour en déplacer une, changez ses
        horaires. Deux sessions d’une même salle ne peuvent pas se chevaucher.
      </p>
      <NoticeBox notice={notice} />
      {sessions.length ? (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Sessions du programme</caption>
            <thead>
              <tr>
                <th scope="col">Horaire</th>
                <th scope="col">Session</th>
                <th scope="col">Salle</th>
                <th scope="col">Intervenants</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr>
                  <td>
                    {parisShortDate(session.startsAt)} {frenchTime(session.startsAt)} –{' '}
                    {frenchTime(session.endsAt)}
                  </td>
                  <td>{session.title}</td>
                  <td>{session.room ?? '—'}</td>
                  <td>
                    {session.speakerIds.map((id) => names.get(id) ?? 'intervenant supprimé').join(', ') ||
                      '—'}
                  </td>
                  <td>
                    <a href={programmePaths.session(event.id, session.id)}>
                      Modifier<span class="visually-hidden"> « {session.title} »</span>
                    </a>
                    <form
                      method="post"
                      action={programmePaths.removeSession(event.id, session.id)}
                      class="inline"
                    >
                      <button type="submit" class="link">
                        Retirer<span class="visually-hidden"> « {session.title} »</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucune session pour l’instant : la page publique montre la description de l’événement.</p>
      )}
      <h2 id="ajout-titre">Ajouter une session</h2>
      <SessionForm
        action={programmePaths.programme(event.id)}
        speakers={speakers}
        values={values}
        errors={errors}
        submit="Ajouter la session"
      />
    </StaffLayout>
  );
}

export interface SessionEditPageProps {
  event: HubEvent;
  session: ProgrammeSession;
  speakers: Speaker[];
  values: SessionFormValues;
  errors?: FieldErrors;
  notice?: Notice | undefined;
}

export function SessionEditPage({
  event,
  session,
  speakers,
  values,
  errors = {},
  notice,
}: SessionEditPageProps) {
  const title = `Modifier la session « ${session.title} »`;
  return (
    <StaffLayout title={title}>
      <p>
        <a href={programmePaths.programme(event.id)}>← Programme de « {event.title} »</a>
      </p>
      <h1>{title}</h1>
      <NoticeBox notice={notice} />
      <SessionForm
        action={programmePaths.session(event.id, session.id)}
        speakers={speakers}
        values={values}
        errors={errors}
        submit="Enregistrer la session"
      />
    </StaffLayout>
  );
}

function SessionForm({
  action,
  speakers,
  values,
  errors,
  submit,
}: {
  action: string;
  speakers: Speaker[];
  values: SessionFormValues;
  errors: FieldErrors;
  submit: string;
}) {
  const field = { errors };
  const chosen = new Set(values.speakerIds ?? []);
  const speakerErrors = errors['speakerIds'];
  return (
    <form method="post" action={action} novalidate>
      <ErrorSummary errors={errors} labels={SESSION_FORM_LABELS} autofocus />
      <p class="hint">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <InputField name="title" label="Titre" required value={values.title} {...field} />
      <InputField
        name="startsAt"
        type="datetime-local"
        label="Début (heure de Paris)"
        required
        value={values.startsAt}
        {...field}
      />
      <InputField
        name="endsAt"
        type="datetime-local"
        label="Fin (heure de Paris)"
        required
        value={values.endsAt}
        {...field}
      />
      <InputField name="room" label="Salle" value={values.room} {...field} />
      <TextAreaField
        name="description"
        label="Description"
        rows={4}
        value={values.description}
        hint="Mise en forme Markdown : - liste, **gras**, [lien](https://…)."
        {...field}
      />
      <fieldset id="speakerIds" aria-describedby={speakerErrors?.length ? 'speakerIds-erreur' : undefined}>
        <legend>Intervenants (facultatif)</legend>
        <FieldError id="speakerIds-erreur" messages={speakerErrors} />
        {speakers.length ? (
          speakers.map((speaker) => (
            <div class="field checkbox">
              <input
                type="checkbox"
                id={`intervenant-${speaker.id}`}
                name="speakerIds"
                value={speaker.id}
                checked={chosen.has(speaker.id)}
              />{' '}
              <label for={`intervenant-${speaker.id}`}>
                {speaker.name}
                {speaker.organisation ? ` (${speaker.organisation})` : ''}
                {speaker.publicationConsent ? '' : ' — non publié'}
              </label>
            </div>
          ))
        ) : (
          <p class="hint">
            Aucun intervenant enregistré : <a href="/admin/intervenants/nouveau">ajouter un intervenant</a>.
          </p>
        )}
      </fieldset>
      <button type="submit">{submit}</button>
    </form>
  );
}
