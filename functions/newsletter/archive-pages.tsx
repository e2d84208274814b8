import { Layout } from '../pages/layout.js';
import type { ArchivedCampaign } from '../campaigns/campaign-store.js';
import { parisIsoDate } from '../shared/paris-dates.js';
import { NEWSLETTER_PATHS } from './newsletter-links.js';
import { pagePath, pageText } from '../pages/page-text.js';
import { currentLanguage } from '../pages/page-address.js';

function sentOn(iso: string) {
  return <time datetime={parisIsoDate(iso)}>{pageText().dates.longDate(iso)}</time>;
}

/** The public list of sent letters, newest first, with the Atom feed announced for feed readers. */
export function ArchivePage({ campaigns }: { campaigns: ArchivedCampaign[] }) {
  const text = pageText().newsletter;
  // The letters are written in French: an English page says so to screen readers.
  const letterLang = currentLanguage() === 'fr' ? undefined : 'fr';
  return (
    <Layout
      title={text.archiveTitle}
      head={
        <link
          rel="alternate"
          type="application/atom+xml"
          title={text.feedTitle}
          href={NEWSLETTER_PATHS.feed}
        />
      }
    >
      <h1>{text.archiveTitle}</h1>
      <p>
        {text.archiveIntro} <a href={pagePath(NEWSLETTER_PATHS.page)}>{text.subscribeLink}</a> ·{' '}
        <a href={NEWSLETTER_PATHS.feed}>{text.followFeed}</a>
      </p>
      {campaigns.length ? (
        <ul>
          {campaigns.map((campaign) => (
            <li>
              <a
                href={pagePath(`${NEWSLETTER_PATHS.archive}/${encodeURIComponent(campaign.id)}`)}
                lang={letterLang}
              >
                {campaign.subject}
              </a>
              {' — '}
              {text.sentOn} {sentOn(campaign.sentAt)}
              {campaign.preheader ? <p lang={letterLang}>{campaign.preheader}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="notice">{text.noneSent}</p>
      )}
    </Layout>
  );
}
