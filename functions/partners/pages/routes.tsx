import type { Context } from 'hono';
import { renderPage } from '../../pages/render.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import type { HubApp, HubEnv } from '../../http/env.js';
import { HubError } from '../../shared/errors.js';
import { staffAuthor } from '../../auth/staff-author.js';
import type { PartnerService } from '../partner-service.js';
import type { Notice } from '../../pages/form-fields.js';
import { OrganisationPage } from './organisation-page.js';

const WITHDRAWN = 'Accès retiré : cette adresse ne peut plus se connecter à l’espace partenaires.';

/** Staff pages of a partner organisation; the guards of `/admin/*` (staff session, same-origin forms) cover them. */
export function partnerPages(deps: { partners: PartnerService }): HubApp {
  const app = staffSubApp();

  app.get('/admin/organisations/:id', (c) =>
    organisationPage(c, c.req.query('fait') === 'retire' ? { kind: 'success', text: WITHDRAWN } : undefined),
  );

  app.post('/admin/organisations/:id/membres/retirer', async (c) => {
    const form = await c.req.parseBody();
    const email = typeof form.email === 'string' ? form.email : '';
    try {
      await deps.partners.withdrawMember(c.req.param('id'), email, staffAuthor(c));
    } catch (error) {
      if (!(error instanceof HubError) || error.status !== 404) throw error;
      return organisationPage(c, { kind: 'error', text: error.detail ?? error.title }, 404);
    }
    return c.redirect(`/admin/organisations/${encodeURIComponent(c.req.param('id'))}?fait=retire`, 303);
  });

  async function organisationPage(c: Context<HubEnv>, notice: Notice | undefined, status: 200 | 404 = 200) {
    const id = c.req.param('id')!;
    const organisation = await deps.partners.getOrganisation(id);
    const [members, withdrawals] = await Promise.all([
      deps.partners.listMembers(id),
      deps.partners.listWithdrawals(id),
    ]);
    return renderPage(
      c,
      <OrganisationPage
        organisation={organisation}
        members={members}
        withdrawals={withdrawals}
        notice={notice}
      />,
      status,
    );
  }
  return app;
}
