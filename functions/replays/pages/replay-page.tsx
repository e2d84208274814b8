import { Layout } from '../../pages/layout.js';
import { frenchPeriod } from '../../shared/paris-dates.js';
import type { ReplayPage as ReplayPageData, ReplayWithFiles } from '../replay-service.js';

/** Each file address carries the page's token (the registrant's, or a staff preview's). */
function withToken(path: string, token: string): string {
  return `${path}?token=${encodeURIComponent(token)}`;
}

/** The event's replays: each video in the browser's own player with its captions, and the slides to download. */
export function ReplayPage({ page }: { page: ReplayPageData }) {
  const { event } = page;
  const base = `/evenements/${encodeURIComponent(event.slug)}/replay`;
  return (
    <Layout title={`Replay : ${event.title}`} head={<meta name="robots" content="noindex" />}>
      <h1>Replay : {event.title}</h1>
      <p class="meta">{frenchPeriod(event.startsAt, event.endsAt)}</p>
      {page.viewer.kind === 'staff' ? (
        <p class="notice">
          Aperçu de l’équipe : les personnes inscrites voient seulement les replays publiés, et leurs visites
          sont enregistrées.
        </p>
      ) : (
        <p>Ce lien vous est personnel : merci de ne pas le transmettre.</p>
      )}
      {page.replays.map((entry) => (
        <ReplaySection
          entry={entry}
          base={`${base}/${encodeURIComponent(entry.replay.id)}`}
          token={page.fileToken}
        />
      ))}
      <p>
        <a href={`/evenements/${encodeURIComponent(event.slug)}`}>Page de l’événement</a>
      </p>
    </Layout>
  );
}

function ReplaySection({ entry, base, token }: { entry: ReplayWithFiles; base: string; token: string }) {
  const { replay, video, captions, slides } = entry;
  const headingId = `replay-${replay.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{replay.title}</h2>
      {replay.status === 'draft' ? <p class="meta">Brouillon : pas encore publié.</p> : null}
      {video ? (
        <video
          controls
          preload="metadata"
          src={withToken(`${base}/video`, token)}
          style="width:100%;max-width:960px"
        >
          {captions ? (
            <track
              kind="captions"
              srclang="fr"
              label="Français"
              default
              src={withToken(`${base}/captions`, token)}
            />
          ) : null}
          <a href={withToken(`${base}/video`, token)}>Télécharger la vidéo</a>
        </video>
      ) : replay.videoUrl ? (
        <p>
          <a href={replay.videoUrl} rel="noopener noreferrer">
            Voir la vidéo (site externe)
          </a>
        </p>
      ) : (
        <p class="meta">La vidéo n’est pas encore disponible.</p>
      )}
      {video && !captions ? <p class="meta">Cette vidéo n’a pas encore de sous-titres.</p> : null}
      {slides.length ? (
        <>
          <h3>Supports de présentation</h3>
          <ul>
            {slides.map((file) => (
              <li>
                <a href={withToken(`${base}/slides/${encodeURIComponent(file.id)}`, token)}>{file.name}</a>{' '}
                (PDF, {Math.max(1, Math.round(file.size / 1024))} Ko)
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
