/** Header values (subjects) must never carry a line break: it would let text forge headers. */
export function singleLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}
