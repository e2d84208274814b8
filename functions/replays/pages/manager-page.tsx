import { StaffLayout } from '../../pages/staff-layout.js';
import { parisShortDateTime } from '../../shared/paris-dates.js';
import type { HubEvent } from '../../events/event.js';
import type { ReplayWithFiles } from '../replay-service.js';
import type { ReplayFile, ReplayView } from '../replay.js';

export interface ReplayManagerProps {
  event: HubEvent;
  replays: (ReplayWithFiles & { pending: ReplayFile[] })[];
  views: ReplayView[];
  /** The replay page with a staff preview token. */
  previewUrl: string;
  notice?: string;
  error?: string;
}

const KIND_LABELS: Record<ReplayFile['kind'], string> = {
  video: 'Vidéo',
  captions: 'Sous-titres',
  slides: 'Diapositives',
};

/** Staff prepare an event's replays: add them, upload their files with a progress bar, publish, follow the views. */
export function ReplayManagerPage({ event, replays, views, previewUrl, notice, error }: ReplayManagerProps) {
  const base = `/admin/evenements/${encodeURIComponent(event.id)}/replays`;
  const people = new Set(views.flatMap((view) => (view.email ? [view.email] : []))).size;
  return (
    <StaffLayout title={`Replays : ${event.title}`}>
      <h1>Replays : {event.title}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p class="notice" role="alert">
          {error}
        </p>
      ) : null}
      <p>
        Les replays publiés sont envoyés à chaque personne inscrite par un lien personnel ; ils ne sont
        visibles qu’avec ce lien. <a href={previewUrl}>Prévisualiser la page du replay</a>
      </p>

      {replays.map((entry) => (
        <section class="card" aria-labelledby={`replay-${entry.replay.id}`}>
          <h2 id={`replay-${entry.replay.id}`}>{entry.replay.title}</h2>
          <p class="meta">{entry.replay.status === 'published' ? 'Publié' : 'Brouillon'}</p>
          {entry.video && !entry.captions ? (
            <p class="notice" role="note">
              Cette vidéo n’a pas de sous-titres : le RGAA les exige. Ajoutez un fichier WebVTT (.vtt).
            </p>
          ) : null}
          {[entry.video, entry.captions, ...entry.slides].some(Boolean) ? (
            <ul>
              {[entry.video, entry.captions, ...entry.slides]
                .filter((file): file is ReplayFile => file !== undefined)
                .map((file) => (
                  <li>
                    {KIND_LABELS[file.kind]} : {file.name} ({Math.max(1, Math.round(file.size / 1024))} Ko)
                  </li>
                ))}
            </ul>
          ) : (
            <p class="meta">Aucun fichier pour le moment.</p>
          )}
        </section>
      ))}

      {replays.length ? (
        <form
          id="televersement"
          class="card"
          data-api={`/api/admin/events/${encodeURIComponent(event.id)}/replays/{replay}/files`}
          method="post"
          action="#"
        >
          <p class="hint sans-js">L’envoi de fichiers demande JavaScript (envoi direct vers le stockage).</p>
          <fieldset disabled>
            <legend>Ajouter un fichier</legend>
            <div class="field">
              <label for="replay">Replay</label>
              <select id="replay" name="replay">
                {replays.map((entry) => (
                  <option value={entry.replay.id}>{entry.replay.title}</option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="kind">Type de fichier</label>
              <select id="kind" name="kind">
                <option value="video">Vidéo (MP4 ou WebM, 5 Go au plus)</option>
                <option value="captions">Sous-titres (WebVTT)</option>
                <option value="slides">Diapositives (PDF)</option>
              </select>
            </div>
            <div class="field">
              <label for="fichiers">Fichier</label>
              <input type="file" id="fichiers" name="fichiers" accept=".mp4,.m4v,.webm,.vtt,.pdf" />
            </div>
            <button type="submit">Envoyer</button>
            <progress id="televersement-progression" hidden max="1" value="0">
              Progression de l’envoi
            </progress>
            <p id="televersement-etat" role="status" aria-live="polite"></p>
          </fieldset>
        </form>
      ) : null}

      <form method="post" action={base} class="card">
        <h2>Nouveau replay</h2>
        <div class="field">
          <label for="title">Titre</label>
          <input type="text" id="title" name="title" required maxlength={200} />
        </div>
        <button type="submit">Ajouter le replay</button>
      </form>

      {replays.length ? (
        <form method="post" action={`${base}/publier`}>
          <button type="submit">Publier les replays et envoyer les liens aux inscrits</button>
        </form>
      ) : null}

      <h2>Visionnages</h2>
      <p>
        {views.length} visionnage{views.length > 1 ? 's' : ''} (pages ouvertes, vidéos lues, diapositives
        téléchargées) par {people} personne{people > 1 ? 's' : ''}.{' '}
        <a href={`/api/admin/events/${encodeURIComponent(event.id)}/replays/views.csv`}>Exporter en CSV</a>
      </p>
      {views.length ? <p class="meta">Dernier : {parisShortDateTime(views[views.length - 1]!.at)}</p> : null}
      <script src="/admin/replays/televersement.js" defer></script>
    </StaffLayout>
  );
}
