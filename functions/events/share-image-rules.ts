import type { PageShareImage } from '../pages/share-image.js';
import type { EventShareImage, HubEvent } from './event.js';

/** The size link previews (Open Graph, Twitter cards) draw without cropping. */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
// The image is served through the full function, whose answer Lambda caps at 6 MB once base64-encoded.
export const MAX_SHARE_IMAGE_BYTES = 4_000_000;

export const SHARE_IMAGE_TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;
export type ShareImageType = keyof typeof SHARE_IMAGE_TYPES;

export function isShareImageType(type: string | undefined): type is ShareImageType {
  return type !== undefined && Object.hasOwn(SHARE_IMAGE_TYPES, type);
}

/** Where the object store keeps an event's image: built from ids the hub made, never from input. */
export function shareImageKey(eventId: string, imageId: string): string {
  return `events/${eventId}/share-image/${imageId}`;
}

/** The image's public path: a new upload gets a new path, so link previews never show a cached old one. */
export function shareImagePath(event: Pick<HubEvent, 'slug'>, image: EventShareImage): string {
  return `/evenements/${encodeURIComponent(event.slug)}/image-partage/${image.id}.${SHARE_IMAGE_TYPES[image.contentType]}`;
}

/** What the event's page tells link previews of its own image; undefined: the hub's default one. */
export function eventPageShareImage(
  event: Pick<HubEvent, 'slug' | 'title' | 'shareImage'>,
): PageShareImage | undefined {
  if (!event.shareImage) return undefined;
  return {
    path: shareImagePath(event, event.shareImage),
    type: event.shareImage.contentType,
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    alt: event.title,
  };
}
