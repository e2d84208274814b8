/**
 * JSON for a `<script>` element: `<`, `>` and `&` written as JSON escapes so that no text of the data can close
 * the element (`</script>`) or open a comment; U+2028/U+2029 too, for old parsers. JSON.parse reads it back as is.
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Structured data (schema.org) for search engines; a data block, never executed, so the page policy allows it. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />;
}
