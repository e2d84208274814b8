import type { PublicApp } from '../http/env.js';
import type { PublicHub } from '../composition/public-hub.js';
import { renderPage } from './render.js';
import { PersonalDataPage } from './personal-data-page.js';
import { LegalNoticePage } from './legal-notice-page.js';
import { AccessibilityPage } from './accessibility-page.js';

/** The pages every public body's site owes its visitors. */
export function registerPages(app: PublicApp, hub: PublicHub): void {
  const contact = hub.config.HUB_MAIL_FROM;
  app.get('/donnees-personnelles', (c) =>
    renderPage(
      c,
      PersonalDataPage({
        contact,
        retentionDays: hub.config.HUB_RETENTION_DAYS,
        confirmDays: hub.config.HUB_NEWSLETTER_CONFIRM_DAYS,
      }),
    ),
  );
  app.get('/mentions-legales', (c) => renderPage(c, LegalNoticePage({ contact })));
  app.get('/accessibilite', (c) => renderPage(c, AccessibilityPage({ contact })));
}
