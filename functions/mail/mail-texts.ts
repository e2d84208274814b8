import type { HubEvent } from '../events/event.js';
import type { CalendarTexts } from '../calendar/ics.js';
import type { Language } from '../i18n/language.js';
import type { RegistrationNotifier, ReminderKind } from '../registrations/notifier.js';
import type { TemplateName as EnglishTemplateName } from './templates-en.generated.js';
import type { TemplateValue } from './render.js';
import type { CompiledTemplate } from './render.js';
import { FRENCH_MAIL_TEXTS } from './french-mail-texts.js';

/** The mails to people that exist in every language (the English set is the smaller one). */
export type PeopleTemplateName = EnglishTemplateName;

export type EventMailKind = Exclude<keyof RegistrationNotifier, 'reminder'> | `reminder-${ReminderKind}`;

/** What a registrant mail says around its template, in one language. */
export interface EventMailTexts {
  subject(kind: EventMailKind, title: string): string;
  /** The sentences before the personal cancellation link. */
  cancelInvitation: { seated: string; waitlisted: string; changed: string; reminder: string };
  reason(title: string, email: string): string;
  joinLink(url: string): TemplateValue;
  /** A webinar's place for someone without a seat. */
  onlineReserved: string;
  toBeAnnounced: string;
  /** The attachment's file name. */
  calendarFile: { request: string; cancel: string };
  calendar: CalendarTexts;
  cancelPath: string;
}

export interface NewsletterMailTexts {
  subject: string;
  preview: string;
  reason(email: string): string;
  expiresOn(at: Date): string;
}

/**
 * Every text a mail to a person holds beyond its template, in one language. A feature that mails people
 * (certificates, surveys…) adds its part here and in both languages' modules.
 */
export interface MailTexts {
  language: Language;
  templates: Record<PeopleTemplateName, CompiledTemplate>;
  /** "jeudi 10 décembre 2026 de 09:30 à 11:00", in Paris time. */
  period(startsAt: string, endsAt: string): string;
  /** An event's text in this language: English where staff wrote it, else French. */
  eventText(event: HubEvent, field: 'title' | 'summary'): string;
  eventPagePath(slug: string): string;
  event: EventMailTexts;
  newsletter: NewsletterMailTexts;
}

/** The texts of a language; the English ones load on the first English mail. */
export async function mailTexts(language: Language | undefined): Promise<MailTexts> {
  if (language !== 'en') return FRENCH_MAIL_TEXTS;
  return (await import('./english-mail-texts.js')).ENGLISH_MAIL_TEXTS;
}
