/** The box a signature's strokes fill, in the coordinates of the canvas they were drawn on. */
export interface PathBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const ARGUMENTS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, Z: 0 };
const TOKEN = /([MmLlHhVvCcSsQqTtZz])|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;

/**
 * The bounding box of path data (move, line and curve commands, absolute or relative), control points included:
 * enough to scale a signature into its cell. Undefined when the path draws nothing.
 */
export function pathBox(path: string): PathBox | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  let numbers: number[] = [];
  const flush = () => {
    const upper = command.toUpperCase();
    const size = ARGUMENTS[upper] ?? 0;
    const relative = command !== upper;
    for (let at = 0; size > 0 && at + size <= numbers.length; at += size) {
      const args = numbers.slice(at, at + size);
      const baseX = relative ? x : 0;
      const baseY = relative ? y : 0;
      if (upper === 'H') x = baseX + args[0]!;
      else if (upper === 'V') y = baseY + args[0]!;
      else {
        for (let index = 0; index < size; index += 2) {
          xs.push(baseX + args[index]!);
          ys.push(baseY + args[index + 1]!);
        }
        x = baseX + args[size - 2]!;
        y = baseY + args[size - 1]!;
      }
      xs.push(x);
      ys.push(y);
      if (upper === 'M' && at === 0) [startX, startY] = [x, y];
    }
    if (upper === 'Z') [x, y] = [startX, startY];
    numbers = [];
  };
  for (const [, letter, number] of path.matchAll(TOKEN)) {
    if (letter) {
      flush();
      command = letter;
    } else numbers.push(Number(number));
  }
  flush();
  if (!xs.length) return undefined;
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

/** The scale and offset that fit the box into a cell, centred, keeping its proportions. */
export function fitInto(
  box: PathBox,
  cell: { x: number; y: number; width: number; height: number },
): { scale: number; x: number; y: number } {
  const width = Math.max(box.maxX - box.minX, 1);
  const height = Math.max(box.maxY - box.minY, 1);
  const scale = Math.min(cell.width / width, cell.height / height);
  return {
    scale,
    x: cell.x + (cell.width - width * scale) / 2 - box.minX * scale,
    y: cell.y + (cell.height - height * scale) / 2 - box.minY * scale,
  };
}
