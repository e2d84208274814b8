import type { Context } from 'hono';
import QRCode from 'qrcode';
import type { HubApp, HubEnv } from '../../http/env.js';
import { staffSubApp } from '../../http/staff-sub-app.js';
import { refusal } from '../../admin/page-errors.js';
import { renderPage } from '../../pages/render.js';
import type { RegistrationReader } from '../../registrations/registration-store.js';
import { NotFoundError, type FieldErrors } from '../../shared/errors.js';
import { TRAINER_HOME } from '../../auth/trainer-scope.js';
import type { AttendanceService } from '../attendance-service.js';
import { normaliseCode, isOpen } from '../attendance-rules.js';
import type { SignatureMark } from '../slot.js';
import type { Clock } from '../../shared/clock.js';
import { DeviceSigningPage, SheetPage } from './sheet-page.js';
import { sheetPaths } from './sheet-paths.js';
import { SIGNING_PATH } from './signing-page.js';
import type { Notice } from '../../pages/form-fields.js';

export interface SheetPagesDeps {
  attendance: AttendanceService;
  registrations: RegistrationReader;
  clock: Clock;
  baseUrl: string;
}

/** The trainer's signing sheet (staff reach it too): behind the staff pages' guard, which lets trainers in here. */
export function attendanceSheetPages(deps: SheetPagesDeps): HubApp {
  const app = staffSubApp();
  const { attendance } = deps;

  app.get(TRAINER_HOME, async (c) => {
    const user = c.get('user');
    const event = await attendance.nearestEventOf(user?.eventIds ?? []);
    return c.redirect(event ? sheetPaths.sheet(event.id) : '/admin', 303);
  });

  app.get('/admin/evenements/:id/emargement', async (c) =>
    sheet(c, c.req.param('id'), c.req.query('creneau')),
  );

  app.get('/admin/evenements/:id/emargement/:slotId/signer/:registrationId', async (c) => {
    const { event, slot, registration } = await signingTarget(c);
    return renderPage(c, <DeviceSigningPage event={event} slot={slot} registration={registration} />);
  });

  app.post('/admin/evenements/:id/emargement/:slotId/signer/:registrationId', async (c) => {
    const { event, slot, registration } = await signingTarget(c);
    try {
      await attendance.signOnDevice(event.id, slot.id, registration.id, await signatureFrom(c));
    } catch (error) {
      const { notice, status } = refusal(error);
      const errors: FieldErrors = { signature: [notice.text] };
      return renderPage(c, <DeviceSigningPage {...{ event, slot, registration, errors }} />, status);
    }
    return c.redirect(
      `${sheetPaths.sheet(event.id, slot.id)}&signe=${encodeURIComponent(registration.id)}`,
      303,
    );
  });

  app.post('/admin/evenements/:id/emargement/:slotId/clore', async (c) => {
    const { id, slotId } = c.req.param();
    try {
      await attendance.close(id, slotId, await signatureFrom(c), c.get('user')?.email ?? '');
    } catch (error) {
      const { notice, status } = refusal(error);
      return sheet(c, id, slotId, { notice, status, closeErrors: { signature: [notice.text] } });
    }
    return c.redirect(sheetPaths.sheet(id, slotId), 303);
  });

  app.get('/admin/evenements/:id/emargement/:slotId/qr.svg', async (c) => {
    const code = normaliseCode(c.req.query('code') ?? '');
    if (!code) throw new NotFoundError();
    const url = `${deps.baseUrl.replace(/\/+$/, '')}${SIGNING_PATH}?code=${code}`;
    const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'no-store' });
  });
  return app;

  async function sheet(
    c: Context<HubEnv>,
    eventId: string,
    slotId: string | undefined,
    outcome?: { notice: Notice; status: 400 | 404 | 409 | 410; closeErrors?: FieldErrors },
  ) {
    const event = await attendance.event(eventId);
    const [slots, registrants, signatures] = await Promise.all([
      attendance.slotsWithCounts(event.id),
      deps.registrations.listByEvent(event.id),
      attendance.signatures(event.id),
    ]);
    const slot = slots.find((candidate) => candidate.id === slotId) ?? attendance.currentSlot(slots);
    const code =
      slot && isOpen(slot, deps.clock.now()) ? await attendance.code(event.id, slot.id) : undefined;
    const signed = c.req.query('signe');
    const signedName = registrants.find((registration) => registration.id === signed);
    const notice =
      outcome?.notice ??
      (signedName
        ? {
            kind: 'success' as const,
            text: `Signature de ${signedName.firstName} ${signedName.lastName} enregistrée.`,
          }
        : undefined);
    c.header('Cache-Control', 'no-store');
    return renderPage(
      c,
      <SheetPage
        event={event}
        slots={slots}
        slot={slot}
        registrants={registrants.filter((registration) => registration.status === 'confirmed')}
        signatures={signatures}
        code={code}
        baseUrl={deps.baseUrl}
        notice={notice}
        closeErrors={outcome?.closeErrors}
      />,
      outcome?.status ?? 200,
    );
  }

  async function signingTarget(c: Context<HubEnv>) {
    const { id, slotId, registrationId } = c.req.param() as Record<string, string>;
    const event = await attendance.event(id!);
    const slot = (await attendance.slotsWithCounts(event.id)).find((candidate) => candidate.id === slotId);
    const registration = (await deps.registrations.listByEvent(event.id)).find(
      (candidate) => candidate.id === registrationId && candidate.status === 'confirmed',
    );
    if (!slot || !registration)
      throw new NotFoundError('Cette demi-journée ou cette inscription est introuvable.');
    return { event, slot, registration };
  }
}

/** The form's signature: the strokes when some were drawn, else the typed name. */
async function signatureFrom(c: Context<HubEnv>): Promise<SignatureMark> {
  const form = await c.req.parseBody();
  const path = typeof form.path === 'string' ? form.path : '';
  const typedName = typeof form.typedName === 'string' ? form.typedName : '';
  return path ? { path } : { typedName };
}
