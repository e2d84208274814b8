import type { Context } from 'hono';
import type { HubEnv } from '../http/env.js';

/** Who on the staff made a request, for the audit rows of what it changes (the staff guards set the user). */
export function staffAuthor(c: Context<HubEnv>): string {
  return c.get('user')?.email ?? 'equipe';
}
