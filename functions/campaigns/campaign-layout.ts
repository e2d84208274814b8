import type { Language } from '../i18n/language.js';
import { escapeHtml } from '../shared/escape-html.js';

const LAYOUT_TEXTS: Record<
  Language,
  Record<'webVersion' | 'banner' | 'reason' | 'preferences' | 'unsubscribe' | 'hub', string>
> = {
  fr: {
    webVersion: 'Voir cette lettre dans le navigateur',
    banner: 'Filière aimants &amp; terres rares — Auvergne-Rhône-Alpes',
    reason:
      'Vous recevez cette lettre parce que vous vous êtes abonné·e à la lettre d’information de la filière ou inscrit·e à l’un de ses événements.',
    preferences: 'Gérer mes préférences',
    unsubscribe: 'Se désabonner',
    hub: 'Hub de communication de la filière de recyclage des aimants et terres rares, porté par la Région Auvergne-Rhône-Alpes, FEDERREC Centre et Sud-Est, MagREESource et REEfine.',
  },
  en: {
    webVersion: 'View this letter in your browser',
    banner: 'Magnets &amp; rare earths recycling sector — Auvergne-Rhône-Alpes',
    reason:
      'You receive this letter because you subscribed to the sector’s newsletter or registered for one of its events.',
    preferences: 'Manage my preferences',
    unsubscribe: 'Unsubscribe',
    hub: 'Communication hub of the magnets and rare earths recycling sector, run by the Auvergne-Rhône-Alpes Region, FEDERREC Centre et Sud-Est, MagREESource and REEfine.',
  },
};

/**
 * The shared layout of every campaign, as MJML: the staff body goes inside; the footer carries the
 * personal links (substituted per recipient, escaped) the issue and RFC 8058 require.
 */
export function campaignDocument(content: {
  subject: string;
  preheader?: string;
  body: string;
  language?: Language;
}): string {
  const texts = LAYOUT_TEXTS[content.language ?? 'fr'];
  return `<mjml lang="${content.language ?? 'fr'}" dir="ltr">
  <mj-head>
    <mj-title>${escapeHtml(content.subject)}</mj-title>
    ${content.preheader ? `<mj-preview>${escapeHtml(content.preheader)}</mj-preview>` : ''}
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="24px" color="#1f2933" padding="8px 24px" />
      <mj-button background-color="#0b5394" color="#ffffff" font-size="16px" font-weight="bold" border-radius="4px" inner-padding="12px 24px" padding="16px 24px" align="left" />
      <mj-image padding="8px 24px" />
    </mj-attributes>
    <mj-style>a { color: #0b5394; } .footer a { color: #2f3a45; }</mj-style>
  </mj-head>
  <mj-body background-color="#f4f5f7" width="600px">
    <mj-section padding="8px 0">
      <mj-column>
        <mj-text css-class="footer" font-size="12px" line-height="18px" color="#2f3a45" align="center"><a href="{{webVersionUrl}}">${texts.webVersion}</a></mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#0b3d5c" padding="16px 0">
      <mj-column>
        <mj-text color="#ffffff" font-size="18px" font-weight="bold" line-height="26px">${texts.banner}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="16px 0">
      <mj-column>
${content.body}
      </mj-column>
    </mj-section>
    <mj-section padding="16px 0">
      <mj-column>
        <mj-text css-class="footer" font-size="13px" line-height="20px" color="#2f3a45">${texts.reason} <a href="{{preferencesUrl}}">${texts.preferences}</a> · <a href="{{unsubscribeUrl}}">${texts.unsubscribe}</a></mj-text>
        <mj-text css-class="footer" font-size="13px" line-height="20px" color="#2f3a45">${texts.hub}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}
