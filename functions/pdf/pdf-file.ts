import PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

/**
 * An A4 document, tagged and in French (screen readers, text selection), drawn by `draw` and returned whole.
 * Helvetica (a standard font, WinAnsi) writes French: é, à, œ, « », — are selectable and searchable.
 */
export async function renderPdf(
  info: { title: string; author: string },
  draw: (doc: Pdf) => void | Promise<void>,
  options: { bufferPages?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    bufferPages: options.bufferPages ?? false,
    info: { Title: info.title, Author: info.author },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  await draw(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
