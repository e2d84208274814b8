// The PDFs of a training: 200 certificates and the attendance sheet of a 200-person, 4-slot event, against one.
// Run: node --import tsx bench/certificates.ts
import { certificatePdf } from '../functions/certificates/certificate-pdf.js';
import { attendanceSheetPdf } from '../functions/attendance-sheets/attendance-sheet-pdf.js';
import { attendanceSheet } from '../functions/attendance-sheets/attendance-sheet.js';
import type { Certificate } from '../functions/certificates/certificate.js';
import type { HubEvent } from '../functions/events/event.js';
import type { Registration } from '../functions/registrations/registration.js';
import type { AttendanceSignature, Slot } from '../functions/attendance/slot.js';

const PATH = 'M 10 40 C 30 5, 60 5, 80 40 S 130 75, 150 40 L 170 30 l 5 5 l 10 -20';
const start = new Date(Date.now() + 10 * 86_400_000);
const iso = (hours: number) => new Date(start.getTime() + hours * 3_600_000).toISOString();

function certificate(index: number): Certificate {
  return {
    number: `7K2QD-9XW4M-B3RTV-${String(index).padStart(5, '0')}`,
    eventId: 'e',
    registrationId: `r${index}`,
    email: `p${index}@exemple.fr`,
    firstName: 'Éloïse',
    lastName: `Cœurdevey ${index}`,
    organisation: 'MagREEsource',
    title: 'Formation : démontage et tri des aimants NdFeB',
    organiser: 'REEfine',
    place: 'Plateforme EN2R, 12 rue des Métaux, Grenoble',
    startsAt: iso(0),
    endsAt: iso(32),
    attendedMinutes: 960,
    plannedMinutes: 960,
    issuerName: 'Filière aimants & terres rares AURA',
    issuerTitle: 'Coordination de la filière',
    issuedAt: iso(40),
  };
}

function sheetOf(people: number, slotCount: number) {
  const event = {
    id: 'e',
    slug: 'formation',
    title: 'Formation',
    organiser: 'REEfine',
    startsAt: iso(0),
    endsAt: iso(32),
  } as HubEvent;
  const slots: Slot[] = Array.from({ length: slotCount }, (_, i) => ({
    id: `s${i}`,
    eventId: 'e',
    startsAt: iso(i * 4),
    endsAt: iso(i * 4 + 4),
    label: `demi-journée ${i + 1}`,
    closing: { closedAt: iso(i * 4 + 4), closedBy: 'claire@exemple.fr', signature: { path: PATH } },
  }));
  const registrations = Array.from({ length: people }, (_, i) => ({
    id: `r${i}`,
    firstName: 'Éloïse',
    lastName: `Cœurdevey ${i}`,
    email: `p${i}@exemple.fr`,
    organisation: 'MagREEsource',
    status: 'confirmed',
  })) as Registration[];
  const signatures: AttendanceSignature[] = slots.flatMap((slot) =>
    registrations.map((r, i) => ({
      eventId: 'e',
      slotId: slot.id,
      registrationId: r.id,
      signature: i % 2 ? { typedName: `${r.firstName} ${r.lastName}` } : { path: PATH },
      signedAt: slot.startsAt,
      via: 'trainer-device' as const,
    })),
  );
  return attendanceSheet(event, slots, registrations, signatures);
}

async function measure(label: string, run: () => Promise<number>) {
  global.gc?.();
  const rss = process.memoryUsage().rss;
  let peak = rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const began = performance.now();
  const bytes = await run();
  const ms = performance.now() - began;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { label, ms, bytes, peakMb: (peak - rss) / 2 ** 20 };
}

// Warm-up: fonts and the QR encoder load once per process.
await certificatePdf(certificate(0), 'http://localhost:3000/certificats/x');
await attendanceSheetPdf(sheetOf(1, 1), 'Filière');

const results = [
  await measure(
    '1 certificate',
    async () => (await certificatePdf(certificate(1), 'http://localhost:3000/certificats/x')).length,
  ),
  await measure('200 certificates', async () => {
    let bytes = 0;
    for (let i = 0; i < 200; i++)
      bytes += (await certificatePdf(certificate(i), `http://localhost:3000/certificats/${i}`)).length;
    return bytes;
  }),
  await measure(
    'sheet, 1 person × 1 slot',
    async () => (await attendanceSheetPdf(sheetOf(1, 1), 'Filière')).length,
  ),
  await measure(
    'sheet, 200 people × 4 slots',
    async () => (await attendanceSheetPdf(sheetOf(200, 4), 'Filière')).length,
  ),
];
for (const r of results)
  console.log(
    `${r.label.padEnd(30)} ${r.ms.toFixed(0).padStart(6)} ms  ${(r.bytes / 1024).toFixed(0).padStart(6)} KB  +${r.peakMb.toFixed(1)} MB RSS`,
  );
console.log(
  `certificates: ×${(results[1]!.ms / results[0]!.ms).toFixed(0)} time for ×200; sheet: ×${(results[3]!.ms / results[2]!.ms).toFixed(0)} time for ×800 rows`,
);
