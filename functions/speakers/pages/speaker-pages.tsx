import {
  CheckboxField,
  ErrorSummary,
  InputField,
  NoticeBox,
  TextAreaField,
  type Notice,
} from '../../pages/form-fields.js';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { FieldErrors } from '../../shared/errors.js';
import type { Speaker } from '../speaker.js';
import { SPEAKER_FORM_LABELS, type SpeakerFormValues } from './speaker-form.js';

export const speakerPaths = {
  list: '/admin/intervenants' as const,
  create: '/admin/intervenants/nouveau',
  edit: (id: string) => `/admin/intervenants/${encodeURIComponent(id)}`,
  remove: (id: string) => `/admin/intervenants/${encodeURIComponent(id)}/supprimer`,
  thumbnail: (id: string) => `/api/admin/speakers/${encodeURIComponent(id)}/photo?vignette=1`,
  photoApi: (id: string) => `/api/admin/speakers/${encodeURIComponent(id)}/photo`,
  photoScript: '/admin/intervenants/photo.js',
};

/** Every speaker, by name, with whether they may be shown publicly. */
export function SpeakerListPage({ speakers, notice }: { speakers: Speaker[]; notice?: Notice | undefined }) {
  return (
    <StaffLayout title="Intervenants" section={speakerPaths.list}>
      <h1>Intervenants</h1>
      <p>
        Réutilisables d’un événement à l’autre. Un intervenant sans consentement à la publication n’apparaît
        nulle part publiquement ; son adresse ne l’est jamais.
      </p>
      <p>
        <a href={speakerPaths.create} class="button">
          Nouvel intervenant
        </a>
      </p>
      <NoticeBox notice={notice} />
      {speakers.length ? (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Intervenants</caption>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Fonction et organisation</th>
                <th scope="col">Publication</th>
                <th scope="col">Photo</th>
              </tr>
            </thead>
            <tbody>
              {speakers.map((speaker) => (
                <tr>
                  <td>
                    <a href={speakerPaths.edit(speaker.id)}>{speaker.name}</a>
                  </td>
                  <td>{[speaker.role, speaker.organisation].filter(Boolean).join(', ') || '—'}</td>
                  <td>{speaker.publicationConsent ? 'Acceptée' : 'Non publiée'}</td>
                  <td>{speaker.photo?.status === 'ready' ? 'Oui' : 'Non'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucun intervenant pour l’instant.</p>
      )}
    </StaffLayout>
  );
}

export interface SpeakerFormPageProps {
  /** Absent: the creation form. */
  speaker?: Speaker;
  values: SpeakerFormValues;
  errors?: FieldErrors;
  notice?: Notice | undefined;
}

export function SpeakerFormPage({ speaker, values, errors = {}, notice }: SpeakerFormPageProps) {
  const title = speaker ? `Intervenant : ${speaker.name}` : 'Nouvel intervenant';
  const field = { errors };
  return (
    <StaffLayout title={title} section={speaker ? undefined : speakerPaths.list}>
      <p>
        <a href={speakerPaths.list}>← Intervenants</a>
      </p>
      <h1>{title}</h1>
      <NoticeBox notice={notice} />
      {speaker?.photo?.status === 'ready' ? (
        <p>
          <img src={speakerPaths.thumbnail(speaker.id)} alt={`Photo de ${speaker.name}`} width={160} />
        </p>
      ) : null}
      <form method="post" action={speaker ? speakerPaths.edit(speaker.id) : speakerPaths.create} novalidate>
        <ErrorSummary errors={errors} labels={SPEAKER_FORM_LABELS} autofocus />
        <p class="hint">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
        <InputField name="name" label="Nom" required value={values.name} autocomplete="off" {...field} />
        <InputField name="role" label="Fonction" value={values.role} {...field} />
        <InputField name="organisation" label="Organisation" value={values.organisation} {...field} />
        <InputField
          name="email"
          type="email"
          label="Adresse e-mail"
          value={values.email}
          hint="Pour l’équipe seulement : jamais publiée."
          {...field}
        />
        <TextAreaField name="bio" label="Présentation" rows={4} value={values.bio} {...field} />
        <CheckboxField
          name="publicationConsent"
          label="L’intervenant accepte que son nom, sa fonction et son organisation soient publiés sur le site"
          checked={values.publicationConsent === true}
          hint="Sans ce consentement, il n’apparaît ni dans le programme public ni sur la page de l’événement."
        />
        <button type="submit">{speaker ? 'Enregistrer' : 'Créer l’intervenant'}</button>
      </form>
      {speaker ? <PhotoForm speaker={speaker} /> : null}
      {speaker ? (
        <form method="post" action={speakerPaths.remove(speaker.id)}>
          <h2>Supprimer</h2>
          <p class="hint">Les sessions qui le citaient ne le montreront plus.</p>
          <button type="submit" class="danger">
            Supprimer {speaker.name}
          </button>
        </form>
      ) : null}
    </StaffLayout>
  );
}

/** Sent from the browser to the object store (see photo-script.ts); the hub checks it, then reloads the page. */
function PhotoForm({ speaker }: { speaker: Speaker }) {
  return (
    <form id="photo" data-api={speakerPaths.photoApi(speaker.id)} method="post" action="#">
      <h2>Photo</h2>
      <p class="hint sans-js">L’envoi de la photo demande JavaScript (envoi direct vers le stockage).</p>
      <fieldset disabled>
        <legend>{speaker.photo?.status === 'ready' ? 'Remplacer la photo' : 'Ajouter une photo'}</legend>
        <div class="field">
          <label for="photo-fichier">Image PNG ou JPEG, 5 Mo au plus</label>
          <input type="file" id="photo-fichier" name="photo" accept="image/png,image/jpeg" />
        </div>
        <button type="submit">Envoyer la photo</button>
        <progress id="photo-progression" hidden max="1" value="0">
          Progression de l’envoi
        </progress>
        <p id="photo-etat" role="status" aria-live="polite"></p>
      </fieldset>
      <script src={speakerPaths.photoScript} defer></script>
    </form>
  );
}
