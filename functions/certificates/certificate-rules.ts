import { randomBytes } from 'node:crypto';
import type { AttendanceSignature, Slot } from '../attendance/slot.js';
import type { Certificate, CertificateProof } from './certificate.js';

type SlotTimes = Pick<Slot, 'id' | 'startsAt' | 'endsAt'>;
type SignedSlot = Pick<AttendanceSignature, 'slotId' | 'registrationId'>;

const MINUTE = 60_000;

export function slotMinutes(slot: Pick<SlotTimes, 'startsAt' | 'endsAt'>): number {
  return Math.round((Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / MINUTE);
}

export function plannedMinutes(slots: SlotTimes[]): number {
  return slots.reduce((sum, slot) => sum + slotMinutes(slot), 0);
}

/** Minutes of the slots each registrant signed, each slot counted once. */
export function attendedMinutesByRegistration(
  slots: SlotTimes[],
  signatures: SignedSlot[],
): Map<string, number> {
  const minutes = new Map(slots.map((slot) => [slot.id, slotMinutes(slot)]));
  const counted = new Set<string>();
  const attended = new Map<string, number>();
  for (const { slotId, registrationId } of signatures) {
    const key = `${registrationId} ${slotId}`;
    const slot = minutes.get(slotId);
    if (slot === undefined || counted.has(key)) continue;
    counted.add(key);
    attended.set(registrationId, (attended.get(registrationId) ?? 0) + slot);
  }
  return attended;
}

/** Whether the hours signed reach the event's threshold (a share of the planned hours; default all of them). */
export function earnsCertificate(attended: number, planned: number, threshold = 1): boolean {
  return planned > 0 && attended >= planned * threshold - 1e-9;
}

// Crockford's base 32: no I, L, O nor U, so that a number read aloud or typed from paper is not mistaken.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const NUMBER_GROUPS = 4;
const GROUP_LENGTH = 5;
/** 20 characters of 5 bits: 100 random bits, beyond guessing. */
export const CERTIFICATE_NUMBER = /^[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){3}$/;

export function newCertificateNumber(): string {
  const bytes = randomBytes(NUMBER_GROUPS * GROUP_LENGTH);
  const characters = [...bytes].map((byte) => ALPHABET[byte & 31]);
  const groups: string[] = [];
  for (let start = 0; start < characters.length; start += GROUP_LENGTH)
    groups.push(characters.slice(start, start + GROUP_LENGTH).join(''));
  return groups.join('-');
}

/** A number as someone may type it (lower case, spaces): the form it is stored under, or undefined. */
export function normaliseCertificateNumber(input: string): string | undefined {
  const number = input.trim().toUpperCase();
  return CERTIFICATE_NUMBER.test(number) ? number : undefined;
}

export function initials(firstName: string, lastName: string): string {
  const initial = (name: string) =>
    name
      .split(/[\s-]+/)
      .filter(Boolean)
      .map((part) => `${[...part][0]!.toUpperCase()}.`)
      .join('');
  return `${initial(firstName)} ${initial(lastName)}`.trim();
}

export function proofOf(certificate: Certificate): CertificateProof {
  return {
    number: certificate.number,
    ...(certificate.firstName || certificate.lastName
      ? { initials: initials(certificate.firstName, certificate.lastName) }
      : {}),
    title: certificate.title,
    startsAt: certificate.startsAt,
    endsAt: certificate.endsAt,
    attendedMinutes: certificate.attendedMinutes,
    plannedMinutes: certificate.plannedMinutes,
    issuerName: certificate.issuerName,
    issuerTitle: certificate.issuerTitle,
    issuedAt: certificate.issuedAt,
    status: certificate.revokedAt ? 'révoqué' : 'valide',
  };
}

/** `7 h 30`, `14 h`: hours as a French certificate writes them. */
export function frenchHours(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${String(rest).padStart(2, '0')}` : `${hours} h`;
}

/** What an erased trainee's certificate keeps: its number and what it was for, revoked, no person. */
export function erasedCertificate(certificate: Certificate, at: string): Certificate {
  return {
    ...certificate,
    email: '',
    firstName: '',
    lastName: '',
    organisation: undefined,
    revokedAt: certificate.revokedAt ?? at,
  };
}
