import type { HubEvent } from '../../events/event.js';
import { NoticeBox, type Notice } from '../../pages/form-fields.js';
import type { Child } from 'hono/jsx';
import { StaffLayout } from '../../pages/staff-layout.js';
import type { Registration } from '../../registrations/registration.js';
import type { FieldErrors } from '../../shared/errors.js';
import { frenchTime } from '../../shared/paris-dates.js';
import type { SlotWithCount } from '../attendance-service.js';
import type { AttendanceSignature, RoomCode } from '../slot.js';
import { SIGNATURE_SCRIPT_PATH } from './signature-script.js';
import { SIGNATURE_PAD_CSS, SIGNING_PATH, SignatureFields } from './signing-page.js';
import { sheetPaths } from './sheet-paths.js';

/** Large targets for fingers, a drawing area that fills a phone's width, the room code readable from afar. */
const SHEET_CSS = `
.sheet-names{list-style:none;padding:0;margin:0}
.sheet-names li{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;border-bottom:1px solid #ccc;padding:.5rem 0}
.sheet-names .button,.slot-nav a{min-height:48px;display:inline-flex;align-items:center}
.slot-nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.slot-nav a{padding:.5rem .75rem;border:2px solid #0b4f8a;border-radius:.25rem}
.slot-nav a[aria-current]{background:#0b4f8a;color:#fff}
.room-code{border:2px solid #0b4f8a;padding:1rem;margin:1rem 0;text-align:center}
.room-code strong{font-size:2.5rem;letter-spacing:.15em;display:block;font-family:monospace}
.room-code img{width:min(100%,280px);height:auto}
${SIGNATURE_PAD_CSS}
`;

/** The trainer's pages: the console's shell without its navigation (a trainer reaches none of its sections). */
export function SheetLayout({ title, children }: { title: string; children: Child }) {
  return (
    <StaffLayout
      title={title}
      navigation={false}
      head={
        <>
          <style dangerouslySetInnerHTML={{ __html: SHEET_CSS }} />
          <script src={SIGNATURE_SCRIPT_PATH} defer />
        </>
      }
    >
      {children}
    </StaffLayout>
  );
}

export interface SheetPageProps {
  event: HubEvent;
  slots: SlotWithCount[];
  slot: SlotWithCount | undefined;
  registrants: Registration[];
  signatures: AttendanceSignature[];
  /** The room code, while the slot is open. */
  code?: RoomCode | undefined;
  baseUrl: string;
  notice?: Notice | undefined;
  closeErrors?: FieldErrors | undefined;
}

export function fullName(registration: Registration): string {
  return `${registration.firstName} ${registration.lastName}`;
}

/** The signing sheet of one half-day: the room code, who signed, a button per trainee, and the closing. */
export function SheetPage(props: SheetPageProps) {
  const { event, slots, slot, code } = props;
  return (
    <SheetLayout title={`Émargement — ${event.title}`}>
      <h1>Feuille d’émargement</h1>
      <p>{event.title}</p>
      <NoticeBox notice={props.notice} />
      {slots.length ? (
        <nav class="slot-nav" aria-label="Demi-journées">
          <ul>
            {slots.map((candidate) => (
              <li>
                <a
                  href={sheetPaths.sheet(event.id, candidate.id)}
                  aria-current={candidate.id === slot?.id ? 'page' : undefined}
                >
                  {candidate.label}
                  {candidate.closing ? ' (close)' : ''}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <p>Cet événement n’a pas de demi-journée à signer.</p>
      )}
      {slot ? <SlotSection {...props} slot={slot} code={code} /> : null}
    </SheetLayout>
  );
}

function SlotSection(props: SheetPageProps & { slot: SlotWithCount }) {
  const { event, slot, code, registrants, signatures, baseUrl } = props;
  const signedBy = new Map(
    signatures.filter((s) => s.slotId === slot.id).map((signature) => [signature.registrationId, signature]),
  );
  const link = (value: string) => `${baseUrl.replace(/\/+$/, '')}${SIGNING_PATH}?code=${value}`;
  return (
    <section aria-labelledby="creneau-titre">
      <h2 id="creneau-titre">
        {slot.label}, {frenchTime(slot.startsAt)} – {frenchTime(slot.endsAt)}
      </h2>
      <p>
        {slot.signedCount} signature{slot.signedCount > 1 ? 's' : ''} sur {registrants.length} inscrit
        {registrants.length > 1 ? 's' : ''} confirmé{registrants.length > 1 ? 's' : ''}.
      </p>
      {slot.closing ? (
        <p class="notice" role="status">
          Demi-journée close à {frenchTime(slot.closing.closedAt)} par {slot.closing.closedBy}.
        </p>
      ) : code ? (
        <div
          class="room-code"
          data-room-code={sheetPaths.code(event.id, slot.id)}
          data-qr={sheetPaths.qr(event.id, slot.id)}
        >
          <p>
            Les stagiaires scannent ce QR code ou ouvrent {baseUrl.replace(/^https?:\/\//, '')}/emargement et
            tapent le code :
          </p>
          <strong aria-live="polite" data-code-text>
            {`${code.code.slice(0, 4)} ${code.code.slice(4)}`}
          </strong>
          <img
            src={`${sheetPaths.qr(event.id, slot.id)}?code=${code.code}`}
            alt="QR code du lien d’émargement de cette demi-journée (le code change chaque minute)."
            width="280"
            height="280"
          />
          <p class="hint">
            Le code change chaque minute ; cette page le renouvelle d’elle-même. Lien :{' '}
            <a href={link(code.code)}>{link(code.code)}</a>
          </p>
        </div>
      ) : (
        <p>
          Les signatures sont ouvertes de 30 minutes avant le début à 2 heures après la fin de la
          demi-journée.
        </p>
      )}
      <h3>Inscrits</h3>
      <ul class="sheet-names">
        {registrants.map((registration) => {
          const signature = signedBy.get(registration.id);
          return (
            <li>
              <span>
                {fullName(registration)}
                {registration.organisation ? ` (${registration.organisation})` : ''}
              </span>
              {signature ? (
                <span>Signé à {frenchTime(signature.signedAt)}</span>
              ) : slot.closing || !code ? (
                <span>Non signé</span>
              ) : (
                <a class="button" href={sheetPaths.sign(event.id, slot.id, registration.id)}>
                  Faire signer<span class="visually-hidden"> {fullName(registration)}</span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
      {slot.closing ? null : (
        <form method="post" action={sheetPaths.close(event.id, slot.id)}>
          <h3>Contresigner et clore</h3>
          <p>Une fois close, la demi-journée n’accepte plus de signature.</p>
          <SignatureFields errors={props.closeErrors} />
          <button type="submit">Contresigner et clore la demi-journée</button>
        </form>
      )}
    </section>
  );
}

/** A trainee signs on the trainer's device: their name, then the drawing area or the typed name. */
export function DeviceSigningPage({
  event,
  slot,
  registration,
  errors,
}: {
  event: HubEvent;
  slot: SlotWithCount;
  registration: Registration;
  errors?: FieldErrors | undefined;
}) {
  return (
    <SheetLayout title={`Signature de ${fullName(registration)}`}>
      <h1>Signature de {fullName(registration)}</h1>
      <p>
        {event.title} — {slot.label}
      </p>
      <form method="post" action={sheetPaths.sign(event.id, slot.id, registration.id)}>
        <SignatureFields errors={errors} />
        <button type="submit">Signer</button>
      </form>
      <p>
        <a href={sheetPaths.sheet(event.id, slot.id)}>Retour à la feuille</a>
      </p>
    </SheetLayout>
  );
}
