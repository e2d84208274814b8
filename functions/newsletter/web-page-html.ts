/** Outlook's VML and Office namespaces, declared on the mail's root for its conditional blocks. */
const OUTLOOK_NAMESPACES = / xmlns:[vo]="[^"]*"/g;
/** Outlook's own CSS properties (`mso-table-lspace`, `mso-padding-alt`…), which no browser knows. */
const OUTLOOK_PROPERTIES = /mso-[\w-]+\s*:[^;"}]*;?/g;

/**
 * A letter's mail HTML as a web page: without what only Outlook reads, which HTML does not allow outside a
 * mail. Only the root tag, the style sheets and the style attributes are touched, never the letter's text.
 */
export function mailAsWebPage(mailHtml: string): string {
  return mailHtml
    .replace(/<html\b[^>]*>/, (tag) => tag.replace(OUTLOOK_NAMESPACES, ''))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, (sheet) => sheet.replace(OUTLOOK_PROPERTIES, ''))
    .replace(/ style="[^"]*"/g, (attribute) => attribute.replace(OUTLOOK_PROPERTIES, ''));
}
