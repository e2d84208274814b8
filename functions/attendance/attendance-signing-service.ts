import type { Clock } from '../shared/clock.js';
import { normaliseEmail } from '../shared/email.js';
import { ConflictError, TooManyRequestsError, ValidationError } from '../shared/errors.js';
import type { RateLimitService } from '../limits/rate-limit-service.js';
import type { RateRule } from '../limits/rate-limit-rules.js';
import type { AttendanceStore, RegistrantLookup } from './attendance-store.js';
import { codeIsCurrent, isOpen, normaliseCode, signatureProblem } from './attendance-rules.js';
import type { AttendanceSignature, SignatureMark, SigningChannel } from './slot.js';

/** One answer for a wrong or expired code and for an address not confirmed: it tells nothing of either. */
export const NOT_RECOGNISED =
  'Ce code n’est pas (ou plus) valable, ou cette adresse n’est pas celle d’un inscrit confirmé : vérifiez-les, ou signez sur l’appareil du formateur.';
export const SLOT_CLOSED = 'Cette demi-journée n’est pas ouverte à la signature (pas encore, ou plus).';

/**
 * A room signs with one code from one public address: its limits count per code and per address. A room of
 * fifty fits in a code's budget; a person retrying stops at theirs.
 */
export const SIGNATURES_PER_CODE: readonly RateRule[] = [
  { scope: 'attendance-code', limit: 300, windowSeconds: 60 },
];
export const SIGNATURES_PER_ADDRESS: readonly RateRule[] = [
  { scope: 'attendance-address', limit: 10, windowSeconds: 60 },
];

export interface CodeSigning {
  code: string;
  email: string;
  signature: SignatureMark;
}

/** A signature stored now (`created`), or the first one the registration made of the slot. */
export interface Signed {
  signature: AttendanceSignature;
  created: boolean;
}

export interface AttendanceSigningDeps {
  store: AttendanceStore;
  registrants: RegistrantLookup;
  limits: Pick<RateLimitService, 'take'>;
  clock: Clock;
}

/** Trainees signing a half-day on their own phone, with the code shown in the room. */
export class AttendanceSigningService {
  constructor(private readonly deps: AttendanceSigningDeps) {}

  async signByCode(input: CodeSigning): Promise<Signed> {
    const email = normaliseEmail(input.email);
    await this.within(SIGNATURES_PER_CODE, input.code.toUpperCase());
    await this.within(SIGNATURES_PER_ADDRESS, email);
    assertSignature(input.signature);
    const now = this.deps.clock.now();
    const code = normaliseCode(input.code);
    const claim = code ? await this.deps.store.codeClaim(code) : undefined;
    if (!claim || !codeIsCurrent(claim, now)) throw notRecognised();
    if (!isOpen(claim, now)) throw new ConflictError(SLOT_CLOSED, 'creneau-ferme');
    const registration = await this.deps.registrants.findByEmail(claim.eventId, email);
    if (registration?.status !== 'confirmed') throw notRecognised();
    return this.sign(
      { eventId: claim.eventId, slotId: claim.slotId, registrationId: registration.id },
      input.signature,
      email,
      'code',
    );
  }

  /** Stores the signature (the slot's openness and the registrant checked by the caller). */
  async sign(
    target: Pick<AttendanceSignature, 'eventId' | 'slotId' | 'registrationId'>,
    mark: SignatureMark,
    signerEmail: string,
    via: SigningChannel,
  ): Promise<Signed> {
    const signature: AttendanceSignature = {
      ...target,
      signature: 'path' in mark ? { path: mark.path } : { typedName: mark.typedName.trim() },
      signedAt: this.deps.clock.now().toISOString(),
      via,
    };
    const outcome = await this.deps.store.sign(signature, signerEmail);
    if (outcome.kind === 'closed') throw new ConflictError(SLOT_CLOSED, 'creneau-ferme');
    return { signature: outcome.signature, created: outcome.kind === 'signed' };
  }

  private async within(rules: readonly RateRule[], key: string): Promise<void> {
    const verdict = await this.deps.limits.take(rules, key);
    if (!verdict.allowed) throw new TooManyRequestsError(verdict.retryAfterSeconds);
  }
}

/** Refuses oversized or malformed strokes and markup in a typed name, before anything is read or stored. */
export function assertSignature(signature: SignatureMark): void {
  const problem = signatureProblem(signature);
  if (problem) throw new ValidationError({ signature: [problem] });
}

function notRecognised(): ValidationError {
  return new ValidationError({ code: [NOT_RECOGNISED], email: [NOT_RECOGNISED] }, NOT_RECOGNISED);
}
