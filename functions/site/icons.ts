/** The hub's logo: a magnet, in the site's header blue and focus gold, on a 32-unit grid. */
export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect width="32" height="32" rx="6" fill="#0b3d66"/>' +
  '<path d="M9 7v9a7 7 0 0 0 14 0V7" fill="none" stroke="#e0a100" stroke-width="5"/>' +
  '</svg>\n';

const SIZE = 16;
const BLUE = [0x0b, 0x3d, 0x66] as const;
const GOLD = [0xe0, 0xa1, 0x00] as const;

/** The logo's colour at a point of its 32-unit grid, or undefined outside its rounded square. */
function logoColour(x: number, y: number): readonly [number, number, number] | undefined {
  const cornerX = Math.max(6 - x, x - 26, 0);
  const cornerY = Math.max(6 - y, y - 26, 0);
  if (Math.hypot(cornerX, cornerY) > 6) return undefined;
  const onStroke =
    y <= 16
      ? y >= 7 && (Math.abs(x - 9) <= 2.5 || Math.abs(x - 23) <= 2.5)
      : Math.abs(Math.hypot(x - 16, y - 16) - 7) <= 2.5;
  return onStroke ? GOLD : BLUE;
}

/**
 * favicon.ico: the logo drawn at 16×16 as one 32-bit bitmap, for the browsers and crawlers that ask for it
 * rather than reading the SVG icon. Drawn here rather than stored, so the repository holds no binary.
 */
export function faviconIco(): Uint8Array<ArrayBuffer> {
  const pixels = SIZE * SIZE * 4;
  // Each row of the transparency mask is padded to 32 bits; the alpha channel does its work, so it stays 0.
  const mask = SIZE * 4;
  const image = 40 + pixels + mask;
  const bytes = new Uint8Array(6 + 16 + image);
  const view = new DataView(bytes.buffer);
  // ICONDIR: an icon (type 1) holding one image.
  view.setUint16(2, 1, true);
  view.setUint16(4, 1, true);
  // ICONDIRENTRY: 16×16, 1 plane, 32 bits, its size and where it starts.
  bytes[6] = SIZE;
  bytes[7] = SIZE;
  view.setUint16(10, 1, true);
  view.setUint16(12, 32, true);
  view.setUint32(14, image, true);
  view.setUint32(18, 22, true);
  // BITMAPINFOHEADER: the height counts the colour bitmap and the mask.
  view.setUint32(22, 40, true);
  view.setInt32(26, SIZE, true);
  view.setInt32(30, SIZE * 2, true);
  view.setUint16(34, 1, true);
  view.setUint16(36, 32, true);
  view.setUint32(42, pixels + mask, true);
  // Rows bottom-up, pixels as blue, green, red, alpha.
  for (let row = 0; row < SIZE; row++)
    for (let column = 0; column < SIZE; column++) {
      const colour = logoColour((column + 0.5) * 2, (row + 0.5) * 2);
      if (!colour) continue;
      const at = 62 + ((SIZE - 1 - row) * SIZE + column) * 4;
      bytes[at] = colour[2];
      bytes[at + 1] = colour[1];
      bytes[at + 2] = colour[0];
      bytes[at + 3] = 0xff;
    }
  return bytes;
}
