/**
 * A value built on first use and kept. For costly objects a module would otherwise build when it is
 * imported: a Europe/Paris Intl.DateTimeFormat costs ~19 ms of a cold start, and the JSON API never
 * formats a date.
 */
export function lazy<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}
