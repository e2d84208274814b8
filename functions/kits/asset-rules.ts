import { ValidationError, type FieldErrors } from '../shared/errors.js';

/** What a kit may hold, by content type, with the extensions that must go with it. */
export const ALLOWED_TYPES: Record<string, readonly string[]> = {
  'image/svg+xml': ['svg'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'application/postscript': ['eps', 'ai'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'text/plain': ['txt'],
  'video/mp4': ['mp4'],
};

export const MAX_ASSET_BYTES = 500 * 1024 * 1024;
export const MAX_ASSETS_PER_VERSION = 80;
/** Above this, the browser uploads in parts (one presigned PUT each). */
export const MULTIPART_THRESHOLD = 64 * 1024 * 1024;
export const MULTIPART_PART_SIZE = 16 * 1024 * 1024;
/** Bitmaps up to this size are their own preview when no thumbnail could be made. */
export const MAX_PREVIEW_BYTES = 5 * 1024 * 1024;
/** Thumbnails fit within this square. */
export const THUMBNAIL_BOX = 320;
/** Above these, no thumbnail: decoding a hostile image must not exhaust the function's memory. */
export const MAX_THUMBNAIL_SOURCE_BYTES = 20 * 1024 * 1024;
export const MAX_THUMBNAIL_SOURCE_PIXELS = 40_000_000;

const MAX_NAME_LENGTH = 120;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * A file name safe on every system and inside a ZIP: Unicode NFC, no path, no control character
 * (refused: they only ever come from a forged request), reserved characters replaced, at most 120
 * characters with the extension kept. Returns the name or the French reason for refusing it.
 */
export function sanitiseFileName(raw: string): { name: string } | { error: string } {
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (CONTROL.test(raw)) return { error: 'Le nom du fichier contient des caractères de contrôle.' };
  if (/[/\\]/.test(name) || name === '.' || name === '..')
    return { error: 'Le nom du fichier ne doit pas contenir de chemin (« / », « \\ » ou « .. »).' };
  let safe = name
    .replace(RESERVED, '_')
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  if (WINDOWS_DEVICE.test(safe)) safe = `_${safe}`;
  if (!safe) return { error: 'Le nom du fichier est vide.' };
  return { name: truncateKeepingExtension(safe, MAX_NAME_LENGTH) };
}

function truncateKeepingExtension(name: string, max: number): string {
  const characters = [...name];
  if (characters.length <= max) return name;
  const extension = extensionOf(name);
  const tail = extension ? [...`.${extension}`] : [];
  return (
    characters
      .slice(0, max - tail.length)
      .join('')
      .trimEnd() + tail.join('')
  );
}

/** Checks an upload request, throwing field messages in French. */
export function checkUpload(input: { name: string; contentType: string; size: number }): { name: string } {
  const errors: FieldErrors = {};
  const sanitised = sanitiseFileName(input.name);
  if ('error' in sanitised) errors.name = [sanitised.error];
  const extensions = ALLOWED_TYPES[input.contentType];
  if (!extensions) {
    errors.contentType = [
      'Ce type de fichier n’est pas accepté (images SVG, PNG, JPEG, WebP, PDF, EPS, documents bureautiques, texte, MP4).',
    ];
  } else if ('name' in sanitised && !extensions.includes(extensionOf(sanitised.name))) {
    errors.name = [`L’extension du fichier doit correspondre à son type (.${extensions.join(', .')}).`];
  }
  if (input.size > MAX_ASSET_BYTES)
    errors.size = [`Un fichier ne peut dépasser ${MAX_ASSET_BYTES / 1024 / 1024} Mo.`];
  if (Object.keys(errors).length || 'error' in sanitised) throw new ValidationError(errors);
  return { name: sanitised.name };
}

export function isImage(contentType: string): boolean {
  return contentType.startsWith('image/');
}

/** Bitmaps get a thumbnail (SVG scales by itself; WebP has no pure-JS decoder worth its weight). */
export function thumbnailType(asset: {
  contentType: string;
  size: number;
}): 'image/png' | 'image/jpeg' | undefined {
  if (asset.size > MAX_THUMBNAIL_SOURCE_BYTES) return undefined;
  return asset.contentType === 'image/png' || asset.contentType === 'image/jpeg'
    ? asset.contentType
    : undefined;
}

/** Stored next to the asset, in the asset's own format. */
export function thumbnailKeyOf(blobKey: string, contentType: 'image/png' | 'image/jpeg'): string {
  return `${blobKey}.thumb.${contentType === 'image/png' ? 'png' : 'jpg'}`;
}

/** Names for the entries of a version's ZIP: sanitised again, and made unique (`logo (2).svg`). */
export function zipEntryNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const sanitised = sanitiseFileName(raw);
    const base = 'name' in sanitised ? sanitised.name : 'fichier';
    const extension = extensionOf(base);
    const stem = extension ? base.slice(0, -(extension.length + 1)) : base;
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++)
      candidate = extension ? `${stem} (${n}).${extension}` : `${stem} (${n})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
