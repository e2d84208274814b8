import type { PublicApp } from '../http/env.js';
import { publicSubApp } from '../http/sub-app.js';
import { SHARE_IMAGE } from './share-image.js';

let sharePng: Uint8Array<ArrayBuffer> | undefined;

/** The image link previews show for every page: loaded on its first request only, not at a cold start. */
async function loadSharePng(): Promise<Uint8Array<ArrayBuffer>> {
  if (!sharePng) {
    const { SHARE_IMAGE_PNG_BASE64 } = await import('./share-image-png.js');
    sharePng = Uint8Array.from(Buffer.from(SHARE_IMAGE_PNG_BASE64, 'base64'));
  }
  return sharePng;
}

/** The hub's default share image (og:image, twitter:image). */
export function shareImageRoute(): PublicApp {
  const app = publicSubApp();
  app.get(SHARE_IMAGE.path, async (c) =>
    c.body(await loadSharePng(), 200, {
      'Content-Type': 'image/png',
      'Cache-Control': 'public, max-age=86400',
    }),
  );
  return app;
}
