import type { PublicApp } from '../http/env.js';
import { publicSubApp } from '../http/sub-app.js';
import { renderPage } from './render.js';
import { PersonalDataPage } from './personal-data-page.js';
import { LegalNoticePage } from './legal-notice-page.js';
import { AccessibilityPage } from './accessibility-page.js';

export interface InformationPagesDeps {
  /** The address people write to (the sender of the hub's mails). */
  contact: string;
  retentionDays: number;
  confirmDays: number;
}

/** The pages every public body's site owes its visitors. */
export function informationPages({ contact, retentionDays, confirmDays }: InformationPagesDeps): PublicApp {
  const app = publicSubApp();
  app.get('/donnees-personnelles', (c) =>
    renderPage(c, PersonalDataPage({ contact, retentionDays, confirmDays })),
  );
  app.get('/mentions-legales', (c) => renderPage(c, LegalNoticePage({ contact })));
  app.get('/accessibilite', (c) => renderPage(c, AccessibilityPage({ contact })));
  return app;
}
