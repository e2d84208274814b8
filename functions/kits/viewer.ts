import type { Context } from 'hono';
import type { HubEnv } from '../http/env.js';
import { resolveUser, type SessionDeps } from '../auth/auth-middleware.js';
import type { ShareLinkService } from './share-link-service.js';
import type { Viewer } from './kit-access-rules.js';

/** What tells who is asking: the session, and the kit a share token opens. */
export interface ViewerDeps extends SessionDeps {
  shareLinks: Pick<ShareLinkService, 'sharedKitId'>;
}

/** Who is asking, from the session cookie and an optional `?partage=` share token. */
export async function viewerOf(c: Context<HubEnv>, deps: ViewerDeps): Promise<Viewer> {
  await resolveUser(c, deps);
  const user = c.get('user');
  const sharedKitId = await deps.shareLinks.sharedKitId(c.req.query('partage'));
  const shared = sharedKitId ? { sharedKitId } : {};
  if (user?.role === 'staff') return { kind: 'staff', email: user.email, ...shared };
  if (user?.role === 'partner' && user.organisationId)
    return { kind: 'partner', email: user.email, organisationId: user.organisationId, ...shared };
  return { kind: 'anonymous', ...shared };
}
