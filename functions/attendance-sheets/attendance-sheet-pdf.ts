import type { SignatureMark, Slot } from '../attendance/slot.js';
import { renderPdf, type Pdf } from '../pdf/pdf-file.js';
import { frenchTime, parisLongDate } from '../shared/paris-dates.js';
import { eventPlace } from '../events/events-rules.js';
import type { AttendanceSheet } from './attendance-sheet.js';
import { fitInto, pathBox } from './signature-path.js';

const ROW_HEIGHT = 34;
const HEADER_ROW = 20;
const COLUMNS = [
  { title: 'Nom', width: 140 },
  { title: 'Organisation', width: 120 },
  { title: 'Signature', width: 165 },
  { title: 'Signé à', width: 70 },
] as const;
const COUNTERSIGN_HEIGHT = 90;
const FOOTER = 30;

/**
 * The attendance sheet: per half-day (one page, or more when the list is long), the event, its organiser and place,
 * the half-day's date and hours, a row per confirmed registrant with their signature (the strokes as vector paths, or
 * the name they typed) and its time, or « absent », then the trainer's countersignature; page numbers on each page.
 */
export function attendanceSheetPdf(sheet: AttendanceSheet, organiser: string): Promise<Buffer> {
  return renderPdf(
    { title: `Feuille d’émargement — ${sheet.event.title}`, author: sheet.event.organiser ?? organiser },
    (doc) => {
      sheet.slots.forEach((slot, index) => {
        if (index > 0) doc.addPage();
        drawSlot(doc, sheet, slot, sheet.event.organiser ?? organiser);
      });
      if (!sheet.slots.length)
        doc.font('Helvetica').fontSize(12).text('Aucune demi-journée pour cet événement.');
      numberPages(doc);
    },
    { bufferPages: true },
  );
}

function drawSlot(doc: Pdf, sheet: AttendanceSheet, slot: Slot, organiser: string): void {
  let y = drawHeader(doc, sheet, slot, organiser, false);
  const signed = sheet.signatures.get(slot.id) ?? new Map();
  for (const registrant of sheet.registrants) {
    if (y + ROW_HEIGHT > bottom(doc)) {
      doc.addPage();
      y = drawHeader(doc, sheet, slot, organiser, true);
    }
    const signature = signed.get(registrant.id);
    drawRow(doc, y, [`${registrant.firstName} ${registrant.lastName}`, registrant.organisation ?? '']);
    const cell = cellAt(doc, 2, y);
    if (signature) {
      drawMark(doc, signature.signature, cell);
      textIn(doc, frenchTime(signature.signedAt), cellAt(doc, 3, y));
    } else {
      textIn(doc, 'absent', cell, 'Helvetica-Oblique');
    }
    y += ROW_HEIGHT;
  }
  if (y + COUNTERSIGN_HEIGHT > bottom(doc)) {
    doc.addPage();
    y = drawHeader(doc, sheet, slot, organiser, true);
  }
  drawCountersignature(doc, slot, y + 12);
}

function drawHeader(
  doc: Pdf,
  sheet: AttendanceSheet,
  slot: Slot,
  organiser: string,
  continued: boolean,
): number {
  const { event } = sheet;
  const left = doc.page.margins.left;
  doc.font('Helvetica-Bold').fontSize(15).fillColor('#000');
  doc.text(`Feuille d’émargement${continued ? ' (suite)' : ''}`, left, doc.page.margins.top);
  doc.font('Helvetica-Bold').fontSize(12).text(event.title);
  doc.font('Helvetica').fontSize(10);
  doc.text(`Organisateur : ${organiser}`);
  doc.text(`Lieu : ${eventPlace(event)}`);
  doc.text(
    `Demi-journée : ${slot.label} — le ${parisLongDate(slot.startsAt)}, de ${frenchTime(slot.startsAt)} à ${frenchTime(slot.endsAt)}`,
  );
  const y = doc.y + 10;
  doc.font('Helvetica-Bold').fontSize(10);
  COLUMNS.forEach((column, index) => {
    const cell = cellAt(doc, index, y);
    doc.text(column.title, cell.x + 4, y + 5, { width: column.width - 8, lineBreak: false });
  });
  doc
    .moveTo(left, y + HEADER_ROW)
    .lineTo(left + tableWidth(), y + HEADER_ROW)
    .stroke();
  return y + HEADER_ROW;
}

function drawRow(doc: Pdf, y: number, texts: string[]): void {
  texts.forEach((text, index) => textIn(doc, text, cellAt(doc, index, y)));
  const left = doc.page.margins.left;
  doc
    .moveTo(left, y + ROW_HEIGHT)
    .lineTo(left + tableWidth(), y + ROW_HEIGHT)
    .lineWidth(0.5)
    .strokeColor('#888')
    .stroke()
    .lineWidth(1)
    .strokeColor('#000');
}

interface Cell {
  x: number;
  y: number;
  width: number;
  height: number;
}

function cellAt(doc: Pdf, column: number, y: number): Cell {
  const x = doc.page.margins.left + COLUMNS.slice(0, column).reduce((sum, c) => sum + c.width, 0);
  return { x, y, width: COLUMNS[column]!.width, height: ROW_HEIGHT };
}

function textIn(doc: Pdf, text: string, cell: Cell, font = 'Helvetica'): void {
  doc.font(font).fontSize(9).fillColor('#000');
  doc.text(text, cell.x + 4, cell.y + 6, { width: cell.width - 8, height: cell.height - 8, ellipsis: true });
}

/** The strokes drawn, as vector paths scaled into the cell; or the typed name, said to be typed. */
function drawMark(doc: Pdf, mark: SignatureMark, cell: Cell): void {
  if ('typedName' in mark) {
    textIn(doc, `${mark.typedName} (nom tapé)`, cell, 'Helvetica-Oblique');
    return;
  }
  const box = pathBox(mark.path);
  if (!box) {
    textIn(doc, 'signature illisible', cell, 'Helvetica-Oblique');
    return;
  }
  const fit = fitInto(box, { x: cell.x + 4, y: cell.y + 3, width: cell.width - 8, height: cell.height - 6 });
  doc.save();
  doc.rect(cell.x, cell.y, cell.width, cell.height).clip();
  doc.translate(fit.x, fit.y).scale(fit.scale);
  doc
    .path(mark.path)
    .lineWidth(1.2 / fit.scale)
    .strokeColor('#0b2f6a')
    .stroke();
  doc.restore();
}

function drawCountersignature(doc: Pdf, slot: Slot, y: number): void {
  const left = doc.page.margins.left;
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#000');
  doc.text('Contre-signature du formateur', left, y);
  doc.font('Helvetica').fontSize(9);
  const closing = slot.closing;
  if (!closing) {
    doc.text('Demi-journée non encore close : pas de contre-signature.', left, y + 16);
    return;
  }
  const name =
    'typedName' in closing.signature
      ? `${closing.signature.typedName} (${closing.closedBy})`
      : closing.closedBy;
  doc.text(
    `Formateur : ${name} — clos le ${parisLongDate(closing.closedAt)} à ${frenchTime(closing.closedAt)}`,
    left,
    y + 16,
  );
  drawMark(doc, closing.signature, { x: left, y: y + 32, width: 200, height: 48 });
}

function numberPages(doc: Pdf): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const page = doc.page;
    // Written inside the bottom margin: lift it so the text does not open a new page.
    const margin = page.margins.bottom;
    page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor('#444');
    doc.text(`Page ${index + 1} / ${count}`, page.margins.left, page.height - FOOTER, {
      width: page.width - page.margins.left - page.margins.right,
      align: 'center',
      lineBreak: false,
    });
    page.margins.bottom = margin;
  }
}

function bottom(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

function tableWidth(): number {
  return COLUMNS.reduce((sum, column) => sum + column.width, 0);
}
