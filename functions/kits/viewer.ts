import type { Context } from 'hono';
import type { Hub } from '../composition/hub.js';
import type { HubEnv } from '../http/env.js';
import { resolveUser } from '../auth/auth-middleware.js';
import type { Viewer } from './kit-access-rules.js';

/** Who is asking, from the session cookie and an optional `?partage=` share token. */
export async function viewerOf(c: Context<HubEnv>, hub: Hub): Promise<Viewer> {
  await resolveUser(c, hub);
  const user = c.get('user');
  const sharedKitId = hub.kits.sharedKitId(c.req.query('partage'));
  const shared = sharedKitId ? { sharedKitId } : {};
  if (user?.role === 'staff') return { kind: 'staff', email: user.email, ...shared };
  if (user?.role === 'partner' && user.organisationId)
    return { kind: 'partner', email: user.email, organisationId: user.organisationId, ...shared };
  return { kind: 'anonymous', ...shared };
}
