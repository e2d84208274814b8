import type { ArchivedCampaign } from '../campaigns/campaign-store.js';
import { escapeXml } from '../shared/escape-xml.js';

export interface FeedLinks {
  /** The archive page (the feed's id and alternate link). */
  archiveUrl: string;
  feedUrl: string;
  webVersionUrl(campaignId: string): string;
}

/** The Atom 1.0 feed (RFC 4287) of sent campaigns, newest first; `updated` is the newest send. */
export function atomFeed(entries: ArchivedCampaign[], links: FeedLinks, now: Date): string {
  const updated = entries[0]?.sentAt ?? now.toISOString();
  const items = entries.map((entry) => {
    const url = escapeXml(links.webVersionUrl(entry.id));
    return `  <entry>
    <title type="text">${escapeXml(entry.subject)}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
    <id>${url}</id>
    <published>${escapeXml(entry.sentAt)}</published>
    <updated>${escapeXml(entry.sentAt)}</updated>
    <summary type="text">${escapeXml(entry.preheader ?? entry.subject)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Lettre d’information de la filière aimants &amp; terres rares AURA</title>
  <subtitle>Les lettres envoyées aux abonnés, en version en ligne.</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(links.feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(links.archiveUrl)}"/>
  <id>${escapeXml(links.archiveUrl)}</id>
  <updated>${escapeXml(updated)}</updated>
  <author><name>Filière aimants &amp; terres rares — Auvergne-Rhône-Alpes</name></author>
${items.join('\n')}
</feed>
`;
}
