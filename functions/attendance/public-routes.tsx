import type { Context } from 'hono';
import type { HubEnv, PublicApp } from '../http/env.js';
import { registerRoute } from '../http/register-route.js';
import { defineRoute } from '../http/route-spec.js';
import { publicSubApp } from '../http/sub-app.js';
import { fieldErrorsFrom } from '../http/validation.js';
import { renderPage } from '../pages/render.js';
import { HubError } from '../shared/errors.js';
import type { AttendanceSigningService } from './attendance-signing-service.js';
import { codeSigningBodySchema } from './public-schemas.js';
import { SIGNATURE_SCRIPT, SIGNATURE_SCRIPT_PATH } from './pages/signature-script.js';
import { SignedPage, SIGNING_PATH, SigningPage, type SigningFormState } from './pages/signing-page.js';

export const codeSigningRoute = defineRoute({
  method: 'post',
  path: '/api/attendance/signatures',
  request: { body: { schema: codeSigningBodySchema } },
});

export interface PublicAttendanceDeps {
  signing: Pick<AttendanceSigningService, 'signByCode'>;
}

/** Trainees signing with the room code: the JSON API and the `/emargement` page (which works without script). */
export function publicAttendanceRoutes({ signing }: PublicAttendanceDeps): PublicApp {
  const app = publicSubApp();

  registerRoute(app, codeSigningRoute, async (c) => {
    const { signature, created } = await signing.signByCode(c.req.valid('json'));
    return c.json({ slotId: signature.slotId, signedAt: signature.signedAt }, created ? 201 : 200);
  });

  app.get(SIGNING_PATH, (c) => {
    c.header('Cache-Control', 'no-store');
    return renderPage(c, <SigningPage code={(c.req.query('code') ?? '').slice(0, 20)} />);
  });

  app.post(SIGNING_PATH, async (c) => signFromForm(c, signing));

  app.get(SIGNATURE_SCRIPT_PATH, (c) =>
    c.body(SIGNATURE_SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }),
  );
  return app;
}

async function signFromForm(c: Context<HubEnv>, signing: PublicAttendanceDeps['signing']) {
  const form = await c.req.parseBody();
  const text = (name: string) => (typeof form[name] === 'string' ? form[name] : '');
  const state: SigningFormState = { code: text('code'), email: text('email'), typedName: text('typedName') };
  const body = {
    code: state.code,
    email: state.email,
    signature: text('path') ? { path: text('path') } : { typedName: state.typedName },
  };
  const parsed = codeSigningBodySchema.safeParse(body);
  if (!parsed.success)
    return renderPage(c, <SigningPage {...state} errors={fieldErrorsFrom(parsed.error)} />, 400);
  try {
    const { signature, created } = await signing.signByCode(parsed.data);
    return renderPage(
      c,
      <SignedPage signedAt={signature.signedAt} already={!created} />,
      created ? 201 : 200,
    );
  } catch (error) {
    if (!(error instanceof HubError) || error.status === 429 || error.status >= 500) throw error;
    const errors = error.fields ?? { signature: [error.detail ?? error.title] };
    return renderPage(c, <SigningPage {...state} errors={errors} />, error.status === 409 ? 409 : 400);
  }
}
