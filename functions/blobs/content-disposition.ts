/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 / 5987): an ASCII fallback for old
 * clients, the exact UTF-8 name for the others, and nothing that could break out of the header.
 */
export function contentDisposition(filename: string, inline: boolean): string {
  const ascii = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
