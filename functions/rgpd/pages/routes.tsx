import type { Context } from 'hono';
import type { HubApp, HubEnv } from '../../http/env.js';
import { fieldErrorsFrom } from '../../http/validation.js';
import { renderPage } from '../../pages/render.js';
import { personParams } from '../schemas.js';
import {
  ErasePersonConfirmPage,
  ErasedPage,
  PERSON_PATHS,
  PersonSearchPage,
  PersonSummaryPage,
} from './person-pages.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import type { Clock } from '../../shared/clock.js';
import type { PersonDataService } from '../person-data-service.js';

/** The address a staff form posted, validated like the API's `{email}`; a page with errors otherwise. */
async function postedEmail(c: Context<HubEnv>): Promise<{ email: string } | { page: Response }> {
  const form = await c.req.parseBody();
  const raw = typeof form.email === 'string' ? form.email : '';
  const parsed = personParams.safeParse({ email: raw });
  if (parsed.success) return { email: parsed.data.email };
  const page = renderPage(c, <PersonSearchPage email={raw} errors={fieldErrorsFrom(parsed.error)} />, 400);
  return { page };
}

export interface PersonPagesDeps {
  personData: PersonDataService;
  clock: Clock;
}

export function personPages(deps: PersonPagesDeps): HubApp {
  const app = staffSubApp();
  app.get(PERSON_PATHS.page, (c) => renderPage(c, <PersonSearchPage />));

  app.post(PERSON_PATHS.page, async (c) => {
    const posted = await postedEmail(c);
    if ('page' in posted) return posted.page;
    const records = await deps.personData.find(posted.email);
    return renderPage(c, <PersonSummaryPage records={records} now={deps.clock.now()} />);
  });

  app.post(PERSON_PATHS.erase, async (c) => {
    const confirmed = (await c.req.parseBody()).confirmation === 'oui';
    const posted = await postedEmail(c);
    if ('page' in posted) return posted.page;
    if (!confirmed) {
      const records = await deps.personData.find(posted.email);
      return renderPage(c, <ErasePersonConfirmPage records={records} now={deps.clock.now()} />);
    }
    return renderPage(c, <ErasedPage summary={await deps.personData.erase(posted.email)} />);
  });
  return app;
}
