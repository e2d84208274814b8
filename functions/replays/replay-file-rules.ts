import { ValidationError, type FieldErrors } from '../shared/errors.js';
import { extensionOf, sanitiseFileName } from '../kits/asset-rules.js';
import type { ReplayFileKind } from './replay.js';

/** What each kind of replay file may be, with the extensions that go with each type. */
export const REPLAY_FILE_TYPES: Record<ReplayFileKind, Record<string, readonly string[]>> = {
  video: { 'video/mp4': ['mp4', 'm4v'], 'video/webm': ['webm'] },
  captions: { 'text/vtt': ['vtt'] },
  slides: { 'application/pdf': ['pdf'] },
};

export const MAX_REPLAY_FILE_BYTES: Record<ReplayFileKind, number> = {
  video: 5 * 1024 ** 3,
  captions: 2 * 1024 ** 2,
  slides: 200 * 1024 ** 2,
};

/** Above this, the browser uploads in parts; 32 MiB parts keep a 5 GB video to 160 presigned URLs. */
export const REPLAY_MULTIPART_THRESHOLD = 64 * 1024 ** 2;
export const REPLAY_PART_SIZE = 32 * 1024 ** 2;
/** The first bytes read back to check a stored file's signature. */
export const SIGNATURE_BYTES = 16;

const KIND_LABELS: Record<ReplayFileKind, string> = {
  video: 'Une vidéo doit être un fichier MP4 ou WebM.',
  captions: 'Les sous-titres doivent être un fichier WebVTT (.vtt).',
  slides: 'Les diapositives doivent être un fichier PDF.',
};

/** Checks an upload request, throwing field messages in French. */
export function checkReplayUpload(input: {
  kind: ReplayFileKind;
  name: string;
  contentType: string;
  size: number;
}): { name: string } {
  const errors: FieldErrors = {};
  const sanitised = sanitiseFileName(input.name);
  if ('error' in sanitised) errors.name = [sanitised.error];
  const extensions = REPLAY_FILE_TYPES[input.kind][input.contentType];
  if (!extensions) errors.contentType = [KIND_LABELS[input.kind]];
  else if ('name' in sanitised && !extensions.includes(extensionOf(sanitised.name)))
    errors.name = [`L’extension du fichier doit correspondre à son type (.${extensions.join(', .')}).`];
  const max = MAX_REPLAY_FILE_BYTES[input.kind];
  if (input.size > max) errors.size = [`Ce fichier ne peut dépasser ${formatBytes(max)}.`];
  if (Object.keys(errors).length || 'error' in sanitised) throw new ValidationError(errors);
  return { name: sanitised.name };
}

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));
const WEBVTT_BOM = [0xef, 0xbb, 0xbf];

/**
 * Whether the stored bytes start as the announced type must: an MP4's `ftyp` box, WebM's EBML header, the
 * `WEBVTT` line of captions, a PDF's `%PDF-`. A file announced as one thing and holding another is refused.
 */
export function signatureMatches(contentType: string, head: Uint8Array): boolean {
  switch (contentType) {
    case 'video/mp4':
      return ascii(head, 4, 8) === 'ftyp';
    case 'video/webm':
      return head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3;
    case 'text/vtt': {
      const start = WEBVTT_BOM.every((byte, index) => head[index] === byte) ? 3 : 0;
      const after = head[start + 6];
      return (
        ascii(head, start, start + 6) === 'WEBVTT' &&
        (after === undefined || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d)
      );
    }
    case 'application/pdf':
      return ascii(head, 0, 5) === '%PDF-';
    default:
      return false;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} Go` : `${bytes / 1024 ** 2} Mo`;
}
