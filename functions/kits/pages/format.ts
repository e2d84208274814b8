import { parisLongDateTime } from '../../shared/paris-dates.js';

const TYPE_LABELS: Record<string, string> = {
  'image/svg+xml': 'Image vectorielle SVG',
  'image/png': 'Image PNG',
  'image/jpeg': 'Photo JPEG',
  'image/webp': 'Image WebP',
  'application/pdf': 'Document PDF',
  'application/postscript': 'Fichier EPS / Illustrator',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'Présentation PowerPoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Document Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Classeur Excel',
  'application/vnd.oasis.opendocument.presentation': 'Présentation OpenDocument',
  'application/vnd.oasis.opendocument.text': 'Document OpenDocument',
  'text/plain': 'Texte',
  'video/mp4': 'Vidéo MP4',
};

export function typeLabel(contentType: string): string {
  return TYPE_LABELS[contentType] ?? contentType;
}

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** Sizes as French readers write them: « 1,5 Mo ». */
export function frenchSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} Ko`;
  if (bytes < 1024 * 1024 * 1024) return `${number.format(bytes / 1024 / 1024)} Mo`;
  return `${number.format(bytes / 1024 / 1024 / 1024)} Go`;
}

export function parisDate(iso: string | undefined): string {
  return iso ? parisLongDateTime(iso) : '';
}

/** Carries a share token along every link of a shared kit's page. */
export function withShare(path: string, share: string | undefined): string {
  return share ? `${path}${path.includes('?') ? '&' : '?'}partage=${encodeURIComponent(share)}` : path;
}
