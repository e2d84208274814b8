import type { HubEvent } from '../events/event.js';

export function eventPageUrl(baseUrl: string, event: Pick<HubEvent, 'slug'>): string {
  return `${baseUrl}/evenements/${encodeURIComponent(event.slug)}`;
}

/** Header values (subjects) must never carry a line break: it would let text forge headers. */
export function singleLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}
