import type { HubEvent } from '../events/event.js';
import type { Registration } from '../registrations/registration.js';
import type { RegistrationNotifier, ReminderKind } from '../registrations/notifier.js';
import { cancellationUrl } from '../registrations/cancellation-link.js';
import type { LinkSigner } from '../shared/signed-links.js';
import type { Clock } from '../shared/clock.js';
import { invitation, type Organiser } from '../calendar/ics.js';
import type { MailAttachment, Mailer } from './mailer.js';
import { Fragment, fillTemplate, markup, plain, type TemplateValue } from './render.js';
import { singleLine } from './links.js';
import { mailTexts, type EventMailKind, type EventMailTexts, type PeopleTemplateName } from './mail-texts.js';
import { replayPageUrl } from '../replays/replay-link.js';

export interface EventMailsOptions {
  baseUrl: string;
  signer: LinkSigner;
  organiser: Organiser;
  clock: Clock;
}

interface MailPlan {
  template: PeopleTemplateName;
  kind: EventMailKind;
  /** Whether this mail is for someone holding a seat: only they may see a webinar's join URL. */
  seated: boolean;
  calendar?: 'REQUEST' | 'CANCEL';
  /** Which sentence comes before the personal cancellation link; absent when there is nothing left to cancel. */
  cancelInvitation?: keyof EventMailTexts['cancelInvitation'];
}

/**
 * What registrants receive: one mail per notification, in the language they registered in, with the personal
 * cancellation link, the event page and, when the calendar entry changes, an iCalendar invitation.
 */
export class EventMails implements RegistrationNotifier {
  constructor(
    private readonly mailer: Mailer,
    private readonly options: EventMailsOptions,
  ) {}

  confirmed(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'confirmation',
      kind: 'confirmed',
      seated: true,
      calendar: 'REQUEST',
      cancelInvitation: 'seated',
    });
  }

  waitlisted(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'waitlisted',
      kind: 'waitlisted',
      seated: false,
      cancelInvitation: 'waitlisted',
    });
  }

  promoted(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'promoted',
      kind: 'promoted',
      seated: true,
      calendar: 'REQUEST',
      cancelInvitation: 'seated',
    });
  }

  cancelled(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'registration-cancelled',
      kind: 'cancelled',
      seated: false,
      calendar: 'CANCEL',
    });
  }

  eventUpdated(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'event-updated',
      kind: 'eventUpdated',
      seated: registration.status === 'confirmed',
      calendar: registration.status === 'confirmed' ? 'REQUEST' : undefined,
      cancelInvitation: 'changed',
    });
  }

  eventCancelled(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(event, registration, {
      template: 'event-cancelled',
      kind: 'eventCancelled',
      seated: false,
      calendar: 'CANCEL',
    });
  }

  reminder(event: HubEvent, registration: Registration, kind: ReminderKind): Promise<void> {
    return this.send(event, registration, {
      template: kind === 'day-before' ? 'reminder-day-before' : 'reminder-hour-before',
      kind: `reminder-${kind}`,
      seated: registration.status === 'confirmed',
      cancelInvitation: 'reminder',
    });
  }

  replayAvailable(event: HubEvent, registration: Registration): Promise<void> {
    return this.send(
      event,
      registration,
      { template: 'replay-available', kind: 'replayAvailable', seated: false },
      { replayUrl: replayPageUrl(this.options.baseUrl, this.options.signer, event, registration.id) },
    );
  }

  private async send(
    event: HubEvent,
    registration: Registration,
    plan: MailPlan,
    extra: Record<string, TemplateValue> = {},
  ): Promise<void> {
    const { baseUrl, signer } = this.options;
    const texts = await mailTexts(registration.language);
    const showJoinUrl = plan.seated && registration.status !== 'cancelled';
    const title = texts.eventText(event, 'title');
    const subject = singleLine(texts.event.subject(plan.kind, title));
    const when = texts.period(event.startsAt, event.endsAt);
    const values: Record<string, TemplateValue> = {
      subject,
      preview: `${title} — ${when}`,
      reason: texts.event.reason(title, registration.email),
      firstName: registration.firstName,
      eventTitle: title,
      when,
      where: where(event, showJoinUrl, texts.event),
      eventUrl: `${baseUrl}${texts.eventPagePath(event.slug)}`,
      hubUrl: `${baseUrl}${texts.language === 'en' ? '/en/' : '/'}`,
      ...(plan.cancelInvitation
        ? {
            cancelInvitation: texts.event.cancelInvitation[plan.cancelInvitation],
            cancelUrl: cancellationUrl(baseUrl, signer, registration, event, texts.event.cancelPath),
          }
        : {}),
      ...extra,
    };
    const attachments: MailAttachment[] = plan.calendar
      ? [this.calendarAttachment(event, registration, plan.calendar, showJoinUrl, texts.event)]
      : [];
    await this.mailer.send({
      to: [registration.email],
      subject,
      ...fillTemplate(texts.templates[plan.template], plan.template, values),
      attachments,
    });
  }

  private calendarAttachment(
    event: HubEvent,
    registration: Registration,
    method: 'REQUEST' | 'CANCEL',
    includeJoinUrl: boolean,
    texts: EventMailTexts,
  ): MailAttachment {
    const { baseUrl, organiser, clock } = this.options;
    return {
      filename: method === 'CANCEL' ? texts.calendarFile.cancel : texts.calendarFile.request,
      contentType: 'text/calendar; charset=utf-8',
      content: invitation(
        event,
        { method, registration, includeJoinUrl },
        { baseUrl, organiser, now: clock.now(), texts: texts.calendar },
      ),
      method,
    };
  }
}

/** Where to go: the venue, the join link for seated registrants only, or a hint that it will come. */
function where(event: HubEvent, showJoinUrl: boolean, texts: EventMailTexts): TemplateValue {
  if (event.venue) {
    const { name, address, city } = event.venue;
    return new Fragment(markup`${name}<br />${address}, ${city}`, plain`${name}, ${address}, ${city}`);
  }
  if (event.joinUrl && showJoinUrl && /^https?:\/\//i.test(event.joinUrl))
    return texts.joinLink(event.joinUrl);
  if (event.joinUrl) return texts.onlineReserved;
  return texts.toBeAnnounced;
}
