import { jsx } from 'hono/jsx/jsx-runtime';
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

/** The English pages, loaded by the first English request for one of them. */
const englishPages = () => import('./en/information-pages.js');

/** The pages every public body's site owes its visitors, in French and English. */
export function informationPages({ contact, retentionDays, confirmDays }: InformationPagesDeps): PublicApp {
  const app = publicSubApp();
  app.get('/donnees-personnelles', async (c) => {
    const props = { contact, retentionDays, confirmDays };
    if (c.get('language') === 'en')
      return renderPage(c, jsx((await englishPages()).EnglishPersonalDataPage, props));
    return renderPage(c, jsx(PersonalDataPage, props));
  });
  app.get('/mentions-legales', async (c) => {
    if (c.get('language') === 'en')
      return renderPage(c, jsx((await englishPages()).EnglishLegalNoticePage, { contact }));
    return renderPage(c, jsx(LegalNoticePage, { contact }));
  });
  app.get('/accessibilite', async (c) => {
    if (c.get('language') === 'en')
      return renderPage(c, jsx((await englishPages()).EnglishAccessibilityPage, { contact }));
    return renderPage(c, jsx(AccessibilityPage, { contact }));
  });
  return app;
}
