import type { Speaker } from './speaker.js';

/** A speaker as the staff API shows it: the photo's storage keys stay inside. */
export function speakerView(speaker: Speaker) {
  const { photo, ...rest } = speaker;
  return {
    ...rest,
    ...(photo ? { photo: { status: photo.status, contentType: photo.contentType, size: photo.size } } : {}),
  };
}
