import type { Context } from 'hono';
import type { HubEnv, PublicApp } from '../http/env.js';
import { publicSubApp } from '../http/sub-app.js';
import { renderPage } from '../pages/render.js';
import { MessagePage } from '../registrations/pages/message-page.js';
import { TRACKING_PATHS } from './campaign-tracking-rules.js';
import type { CampaignTrackingService } from './campaign-tracking-service.js';

// The smallest transparent GIF (1×1).
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

// Every open and click must reach the hub: no browser, proxy or mail-client cache may answer instead.
const NO_STORE = {
  'Cache-Control': 'no-store, no-cache, must-revalidate, private, max-age=0',
  Pragma: 'no-cache',
  Expires: '0',
};

/** Public, no session: the links and the pixel of campaign mails. */
export function campaignTrackingRoutes({ tracking }: { tracking: CampaignTrackingService }): PublicApp {
  const app = publicSubApp();

  app.get(`${TRACKING_PATHS.click}/:token`, async (c) => {
    // HEAD requests come from link checkers, not from readers: they are answered, not counted.
    const url = await tracking.click(c.req.param('token'), c.req.method === 'GET');
    if (!url) return unknownLink(c);
    return c.body(null, 302, { Location: url, ...NO_STORE });
  });

  app.get(`${TRACKING_PATHS.open}/:token`, async (c) => {
    if (!(await tracking.open(c.req.param('token'), c.req.method === 'GET'))) return unknownLink(c);
    return c.body(new Uint8Array(PIXEL), 200, {
      'Content-Type': 'image/gif',
      'Content-Length': String(PIXEL.length),
      ...NO_STORE,
    });
  });
  return app;
}

function unknownLink(c: Context<HubEnv>) {
  return renderPage(
    c,
    <MessagePage
      title="Lien introuvable"
      message="Ce lien n’existe pas ou n’est plus valable. Vérifiez qu’il a été copié en entier."
    />,
    404,
  );
}
