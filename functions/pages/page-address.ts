/** Where a page is published: the hub's base URL (HUB_BASE_URL) and the page's path, without its query. */
export interface PageAddress {
  baseUrl: string;
  path: string;
}

let current: PageAddress | null = null;

/**
 * Renders a page knowing its address, so that the shell names its canonical URL and share tags. Pages render
 * synchronously (no async component), so the address cannot leak into another request's page; a page that
 * rendered to a promise would be refused.
 */
export function renderAt(address: PageAddress | null, render: () => unknown): string {
  current = address;
  try {
    const html = render();
    if (typeof html !== 'string' && !(html instanceof String))
      throw new Error('A page must render synchronously.');
    return String(html);
  } finally {
    current = null;
  }
}

/** The address of the page being rendered (none outside renderPage). */
export function currentPageAddress(): PageAddress | null {
  return current;
}

/** An absolute URL on the hub: the base URL (without a trailing slash) and the path. */
export function hubUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
