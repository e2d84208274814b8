import { Layout } from '../pages/layout.js';
import type { ArchivedCampaign } from '../campaigns/campaign-store.js';
import { parisIsoDate, parisLongDate } from '../shared/paris-dates.js';
import { NEWSLETTER_PATHS } from './newsletter-links.js';

function sentOn(iso: string) {
  return <time datetime={parisIsoDate(iso)}>{parisLongDate(iso)}</time>;
}

/** The public list of sent letters, newest first, with the Atom feed announced for feed readers. */
export function ArchivePage({ campaigns }: { campaigns: ArchivedCampaign[] }) {
  return (
    <Layout
      title="Archives de la lettre d’information"
      head={
        <link
          rel="alternate"
          type="application/atom+xml"
          title="Lettre d’information de la filière (Atom)"
          href={NEWSLETTER_PATHS.feed}
        />
      }
    >
      <h1>Archives de la lettre d’information</h1>
      <p>
        Les lettres déjà envoyées aux abonnés, de la plus récente à la plus ancienne.{' '}
        <a href={NEWSLETTER_PATHS.page}>S’abonner à la lettre</a> ·{' '}
        <a href={NEWSLETTER_PATHS.feed}>Suivre par flux Atom</a>
      </p>
      {campaigns.length ? (
        <ul>
          {campaigns.map((campaign) => (
            <li>
              <a href={`${NEWSLETTER_PATHS.archive}/${encodeURIComponent(campaign.id)}`}>
                {campaign.subject}
              </a>
              {' — '}
              envoyée le {sentOn(campaign.sentAt)}
              {campaign.preheader ? <p>{campaign.preheader}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="notice">Aucune lettre n’a encore été envoyée.</p>
      )}
    </Layout>
  );
}
