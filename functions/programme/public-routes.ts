import * as z from 'zod/mini';
import type { PublicApp } from '../http/env.js';
import { registerRoute } from '../http/register-route.js';
import { defineRoute } from '../http/route-spec.js';
import { publicSubApp } from '../http/sub-app.js';
import type { ProgrammeService } from './programme-service.js';

export const getPublicProgramme = defineRoute({
  method: 'get',
  path: '/api/events/{slug}/programme',
  request: { params: z.object({ slug: z.string().check(z.minLength(1), z.maxLength(200)) }) },
});

export interface PublicProgrammeDeps {
  programme: Pick<ProgrammeService, 'publicProgrammeBySlug'>;
}

/** The public programme of an event, in JSON. */
export function publicProgrammeRoutes({ programme }: PublicProgrammeDeps): PublicApp {
  const app = publicSubApp();
  registerRoute(app, getPublicProgramme, async (c) => {
    const { sessions } = await programme.publicProgrammeBySlug(c.req.valid('param').slug);
    return c.json({ sessions }, 200);
  });
  return app;
}
